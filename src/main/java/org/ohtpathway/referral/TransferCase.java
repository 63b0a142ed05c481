package org.ohtpathway.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.OpenTasks;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.progress.CaseProgress;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_TransferCase}: later practitioner tasks and emails go to the practitioner
 * who holds the case now ({@code ${referrerId}}), and so do the open ones.
 */
@Component("transferCase")
class TransferCase implements JavaDelegate {

  private final CaseProgress progress;
  private final OpenTasks tasks;

  TransferCase(CaseProgress progress, OpenTasks tasks) {
    this.progress = progress;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long referralId = PathwayVariables.REFERRAL_ID.requiredFrom(execution);
    tasks.handOver(execution, PathwayVariables.REFERRER_ID, progress.get(referralId).getPractitionerId());
  }
}
