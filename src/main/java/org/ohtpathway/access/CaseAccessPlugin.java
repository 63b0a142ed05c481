package org.ohtpathway.access;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the case's rules into the engine: a task's assignee and candidates may work it (claim,
 * complete through its form) but not rewrite it ({@code TASK_WORK}, not Camunda's default
 * {@code UPDATE}); {@link TaskAuthorizations} keeps a task's permissions to its role; and
 * {@link ReservedVariables} keeps the pathway's variables to the pathway.
 */
@Component
class CaseAccessPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<CaseAuthority> authority;

  CaseAccessPlugin(ObjectProvider<CaseAuthority> authority) {
    this.authority = authority;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
    // Resolved on first use: the authority needs services that need the engine being configured.
    configuration.setResourceAuthorizationProvider(new TaskAuthorizations(authority::getObject));
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new StaffCommands(configuration.getIdentityService()));
    interceptors.add(new ReservedVariables(PathwayVariables.NAMES, configuration.getIdentityService()));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(new GroupsAsGiven());
    configuration.setCustomSessionFactories(sessions);
  }
}
