package org.ohtpathway.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_SimulateChange}. */
@Component("simulatePathwayChange")
class SimulatePathwayChange implements JavaDelegate {

  private final PathwayChanges changes;

  SimulatePathwayChange(PathwayChanges changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.simulate(PathwayVariables.PATHWAY_CHANGE_ID.requiredFrom(execution));
  }
}
