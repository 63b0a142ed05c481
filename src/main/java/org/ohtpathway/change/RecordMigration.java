package org.ohtpathway.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_RecordMigration}. */
@Component("recordMigration")
class RecordMigration implements JavaDelegate {

  private final PathwayChanges changes;

  RecordMigration(PathwayChanges changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PathwayVariables.MIGRATION_DONE.on(execution,
        changes.recordMigration(PathwayVariables.PATHWAY_CHANGE_ID.requiredFrom(execution)));
  }
}
