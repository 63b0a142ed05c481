package org.ohtpathway.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;

/** A decision table of processes/, evaluated by Camunda's DMN engine as the process engine does. */
public final class DecisionTables {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;

  private DecisionTables(DmnDecision decision) {
    this.decision = decision;
  }

  public static DecisionTables load(String decisionKey) {
    try (InputStream in = DecisionTables.class.getResourceAsStream("/processes/" + decisionKey + ".dmn")) {
      return new DecisionTables(DMN.parseDecision(decisionKey, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public DmnDecisionResultEntries evaluate(VariableMap facts) {
    return DMN.evaluateDecision(decision, facts).getSingleResult();
  }
}
