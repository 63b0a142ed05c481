package org.ohtpathway.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_DeployChange}. */
@Component("deployPathwayChange")
class DeployPathwayChange implements JavaDelegate {

  private final PathwayChanges changes;

  DeployPathwayChange(PathwayChanges changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PathwayVariables.CHANGE_DEPLOYED.on(execution,
        changes.deploy(PathwayVariables.PATHWAY_CHANGE_ID.requiredFrom(execution)));
  }
}
