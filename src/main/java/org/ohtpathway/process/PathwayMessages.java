package org.ohtpathway.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/** Events from outside a referral's pathway (withdrawal, consent, safeguarding) reach it here. */
@Component
public class PathwayMessages {

  private final RuntimeService runtime;
  private final SystemCommands system;

  PathwayMessages(RuntimeService runtime, SystemCommands system) {
    this.runtime = runtime;
    this.system = system;
  }

  /** Whether the pathway is at a point where it listens for this message. */
  public boolean canReceive(String processInstanceId, String messageName) {
    return processInstanceId != null && system.call(() -> runtime.createEventSubscriptionQuery()
        .processInstanceId(processInstanceId)
        .eventType("message")
        .eventName(messageName)
        .count()) > 0;
  }

  /**
   * Tells the pathway of a case action, with no variables: the event's steps read what was
   * recorded from the tables, so nothing about the person goes into the engine.
   */
  public void send(String processInstanceId, String messageName) {
    send(processInstanceId, messageName, org.camunda.bpm.engine.variable.Variables.createVariables());
  }

  /** Sent by the pathway itself: users may not send messages (a case action's user is still logged in). */
  public void send(String processInstanceId, String messageName, VariableMap variables) {
    system.run(() -> runtime.createMessageCorrelation(messageName)
        .processInstanceId(processInstanceId)
        .setVariables(variables)
        .correlateWithResult());
  }
}
