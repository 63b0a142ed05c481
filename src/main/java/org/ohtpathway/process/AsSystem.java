package org.ohtpathway.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Engine calls the application makes for its own bookkeeping while a user acts: looking up
 * trainers, signalling a referral's pathway, starting a notification. The user's own
 * authorizations do not cover them (a practitioner may withdraw a referral, but may not touch
 * its process instance), so they run as the system, without the user's authentication.
 */
public final class AsSystem {

  private AsSystem() {
  }

  public static <T> T call(Supplier<T> work) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return work.get();
    }
    IdentityService identity = command.getProcessEngineConfiguration().getIdentityService();
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return command.runWithoutAuthorization(work::get);
    } finally {
      identity.setAuthentication(user);
    }
  }

  public static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
