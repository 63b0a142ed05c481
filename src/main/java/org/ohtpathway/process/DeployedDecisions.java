package org.ohtpathway.process;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The one way the services and the capacity simulator ask a decision table: its latest deployed
 * version, on facts declared beside the table, with the version that answered.
 */
public final class DeployedDecisions {

  private DeployedDecisions() {
  }

  /** The single row a table's first-hit rules answered, and the id of the version that answered. */
  public record Answer(DmnDecisionResultEntries row, String tableId) {
  }

  public static Answer latest(RepositoryService repository, DecisionService decisions, String key,
      VariableMap facts) {
    DecisionDefinition table = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
        .latestVersion().singleResult();
    DmnDecisionResultEntries row = decisions.evaluateDecisionById(table.getId()).variables(facts).evaluate()
        .getSingleResult();
    return new Answer(row, table.getId());
  }
}
