package org.ohtpathway.process;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who is acting: the user logged into Tasklist or the REST API, or the system itself. */
public final class Actor {

  public static final String SYSTEM = "system";

  private Actor() {
  }

  public static String current() {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      return SYSTEM;
    }
    Authentication authentication = commandContext.getAuthentication();
    return authentication == null || authentication.getUserId() == null
        ? SYSTEM : authentication.getUserId();
  }
}
