package org.ohtpathway.progress;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** Ending {@code SubProcess_Pathway}: sets {@code endState} for the gateway that names the end. */
@Component("deriveEndState")
class DeriveEndState implements ExecutionListener {

  private final CaseProgress progress;

  DeriveEndState(CaseProgress progress) {
    this.progress = progress;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Long referralId = PathwayVariables.REFERRAL_ID.requiredFrom(execution);
    PathwayVariables.END_STATE.on(execution, progress.endStateOf(referralId)
        .orElseThrow(() -> new IllegalStateException(
            "Referral " + referralId + " left its pathway without a recorded end"))
        .name());
  }
}
