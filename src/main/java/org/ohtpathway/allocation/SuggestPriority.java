package org.ohtpathway.allocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_SuggestPriority}. */
@Component("suggestPriority")
class SuggestPriority implements JavaDelegate {

  private final TriageService triage;

  SuggestPriority(TriageService triage) {
    this.triage = triage;
  }

  @Override
  public void execute(DelegateExecution execution) {
    triage.suggestPriority(PathwayVariables.REFERRAL_ID.requiredFrom(execution)).getPriority().setOn(execution);
  }
}
