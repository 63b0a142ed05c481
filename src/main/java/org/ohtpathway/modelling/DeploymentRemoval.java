package org.ohtpathway.modelling;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.HistoricDecisionInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentManager;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Only an administrator removes a deployment that referrals have run on. The engine lets
 * anyone with DELETE on a deployment delete it with cascade, which deletes its running
 * instances and their history: referrals and their audit trail gone in one request. And
 * without cascade, a deployment whose instances have finished can be deleted, leaving their
 * history without its model. Everyone else may delete a deployment nothing has run from.
 *
 * <p>The check sits in the engine's {@link DeploymentManager}, where the deletion happens and
 * where "cascade" is known, inside the deleting transaction; calls with no user (the engine
 * itself, the application's own code) are not restricted.
 */
final class DeploymentRemoval extends DeploymentManager {

  @Override
  public void deleteDeployment(String deploymentId, boolean cascade, boolean skipCustomListeners,
      boolean skipIoMappings) {
    CommandContext command = Context.getCommandContext();
    Authentication user = command.getAuthentication();
    if (user != null && !getAuthorizationManager().isCamundaAdmin(user)) {
      List<String> uses = command.runWithoutAuthorization(() -> uses(deploymentId, command));
      if (cascade || !uses.isEmpty()) {
        throw new AuthorizationException("Only an administrator may delete deployment " + deploymentId
            + (cascade ? " with cascade, which deletes its process instances and their history" : "")
            + (uses.isEmpty() ? "" : "; it has " + String.join(" and ", uses)) + ". "
            + (cascade && uses.isEmpty() ? "Delete it without cascade." : "Ask an administrator."));
      }
    }
    super.deleteDeployment(deploymentId, cascade, skipCustomListeners, skipIoMappings);
  }

  /** What would lose its model: running and finished process instances, recorded decisions. */
  private List<String> uses(String deploymentId, CommandContext command) {
    long running = 0;
    long history = 0;
    for (ProcessDefinition process : getProcessDefinitionManager().findProcessDefinitionsByDeploymentId(deploymentId)) {
      running += new ProcessInstanceQueryImpl().processDefinitionId(process.getId()).executeCount(command);
      history += new HistoricProcessInstanceQueryImpl().processDefinitionId(process.getId()).executeCount(command);
    }
    long decisions = 0;
    for (DecisionDefinition decision : getDecisionDefinitionManager().findDecisionDefinitionByDeploymentId(deploymentId)) {
      HistoricDecisionInstanceQueryImpl recorded = new HistoricDecisionInstanceQueryImpl();
      recorded.decisionDefinitionId(decision.getId());
      decisions += recorded.executeCount(command);
    }
    List<String> uses = new ArrayList<>();
    if (running > 0) {
      uses.add(running + " running process instance" + (running == 1 ? "" : "s"));
    }
    if (history > running) {
      uses.add((history - running) + " finished process instance" + (history - running == 1 ? "" : "s"));
    }
    if (decisions > 0) {
      uses.add(decisions + " recorded decision" + (decisions == 1 ? "" : "s"));
    }
    return uses;
  }

  /** Hands the engine this manager wherever it asks for its DeploymentManager. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return DeploymentManager.class;
    }

    @Override
    public Session openSession() {
      return new DeploymentRemoval();
    }
  }
}
