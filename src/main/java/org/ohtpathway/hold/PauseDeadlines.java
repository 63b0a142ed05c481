package org.ohtpathway.hold;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_PauseDeadlines}: the case is on hold. */
@Component("pauseDeadlines")
class PauseDeadlines implements JavaDelegate {

  private final CaseHoldService holds;

  PauseDeadlines(CaseHoldService holds) {
    this.holds = holds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    holds.pauseDeadlines(execution.getProcessInstanceId());
  }
}
