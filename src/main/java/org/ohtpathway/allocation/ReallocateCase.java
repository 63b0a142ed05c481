package org.ohtpathway.allocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.OpenTasks;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.progress.CaseProgress;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_ReallocateCase}: later trainer tasks go to the trainer the case is
 * allocated to now ({@code ${trainerId}}), and so do the open ones the earlier trainer held.
 */
@Component("reallocateCase")
class ReallocateCase implements JavaDelegate {

  private final CaseProgress progress;
  private final OpenTasks tasks;

  ReallocateCase(CaseProgress progress, OpenTasks tasks) {
    this.progress = progress;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long referralId = PathwayVariables.REFERRAL_ID.requiredFrom(execution);
    tasks.handOver(execution, PathwayVariables.TRAINER_ID, progress.get(referralId).getTrainerId());
  }
}
