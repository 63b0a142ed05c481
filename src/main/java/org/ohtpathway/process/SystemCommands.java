package org.ohtpathway.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine work as the application itself from outside the engine (a controller, after the
 * one authority has allowed the user's action): inside one engine command, without the user's
 * authentication, so the pathway's own variables can be set and its events correlated. Inside
 * the engine, {@link AsSystem} does the same.
 */
@Component
public class SystemCommands {

  private final ProcessEngineConfigurationImpl engine;
  private final IdentityService identity;

  SystemCommands(ProcessEngineConfiguration engine, IdentityService identity) {
    this.engine = (ProcessEngineConfigurationImpl) engine;
    this.identity = identity;
  }

  /** The user is logged out for the command (the engine's interceptors see no user) and in again after. */
  public <T> T call(Supplier<T> work) {
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return engine.getCommandExecutorTxRequired().execute(context -> AsSystem.call(work));
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
