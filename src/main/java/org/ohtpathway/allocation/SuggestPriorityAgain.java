package org.ohtpathway.allocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.OpenTasks;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_SuggestPriorityAgain}, after the referral is amended: a new priority of an
 * allocated case sets the Tasklist priority of its later and open tasks.
 */
@Component("suggestPriorityAgain")
class SuggestPriorityAgain implements JavaDelegate {

  private final TriageService triage;
  private final OpenTasks tasks;

  SuggestPriorityAgain(TriageService triage, OpenTasks tasks) {
    this.triage = triage;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    triage.checkAgain(PathwayVariables.REFERRAL_ID.requiredFrom(execution)).ifPresent(priority -> {
      Integer before = PathwayVariables.TASK_PRIORITY.from(execution);
      priority.setOn(execution);
      if (before != null) {
        tasks.prioritise(execution.getProcessInstanceId(), before, priority.taskPriority());
      }
    });
  }
}
