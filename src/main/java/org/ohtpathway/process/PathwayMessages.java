package org.ohtpathway.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/** Events from outside a referral's pathway (withdrawal, consent, safeguarding) reach it here. */
@Component
public class PathwayMessages {

  private final RuntimeService runtime;
  private final IdentityService identity;

  PathwayMessages(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  /** Whether the pathway is at a point where it listens for this message. */
  public boolean canReceive(String processInstanceId, String messageName) {
    return processInstanceId != null && AsSystem.call(() -> runtime.createEventSubscriptionQuery()
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

  public void send(String processInstanceId, String messageName, VariableMap variables) {
    // From a case action the user is still logged in, and users may not send messages (only the
    // pathway's own steps do): the pathway sends it, and the user is logged in again after.
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      AsSystem.call(() -> runtime.createMessageCorrelation(messageName)
          .processInstanceId(processInstanceId)
          .setVariables(variables)
          .correlateWithResult());
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }
}
