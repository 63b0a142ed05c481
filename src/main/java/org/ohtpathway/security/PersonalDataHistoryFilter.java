package org.ohtpathway.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps personal data out of the engine's history tables. Only declared process variables
 * (references and gateway values) are written to history; the read-only details a form
 * shows and the inputs of decision tables (age, postcode, mental-health flags) are not.
 * Those live in the domain tables, where access is decided by the application.
 */
public class PersonalDataHistoryFilter implements HistoryEventHandler {

  private final HistoryEventHandler next;
  private final Set<String> historicVariables;

  public PersonalDataHistoryFilter(HistoryEventHandler next, Set<String> historicVariables) {
    this.next = next;
    this.historicVariables = historicVariables;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (kept(event)) {
      next.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    next.handleEvents(events.stream().filter(this::kept).toList());
  }

  boolean kept(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return historicVariables.contains(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity property) {
      return historicVariables.contains(property.getPropertyId());
    }
    return !(event instanceof HistoricDecisionEvaluationEvent);
  }
}
