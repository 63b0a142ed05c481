package org.ohtpathway.hold;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ResumeDeadlines}: the case is resumed. */
@Component("resumeDeadlines")
class ResumeDeadlines implements JavaDelegate {

  private final CaseHoldService holds;

  ResumeDeadlines(CaseHoldService holds) {
    this.holds = holds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    holds.resumeDeadlines(execution.getProcessInstanceId(), PathwayVariables.REFERRAL_ID.requiredFrom(execution));
  }
}
