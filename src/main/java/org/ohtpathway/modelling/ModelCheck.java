package org.ohtpathway.modelling;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ohtpathway.process.PathwayModel;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cmmn.deployer.CmmnDeployer;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs before the engine's own deployers and refuses a deployment when any of its models
 * asks for more than {@link BpmnRules} and {@link DmnRules} allow. Only new deployments are
 * checked: the engine also runs its deployers when it reloads a stored deployment into its
 * cache, and a referral on a model deployed earlier must still be able to go on.
 */
public final class ModelCheck implements Deployer {

  /** The approval of changes as the application ships it. */
  private static final byte[] APPROVAL = shipped("/processes/" + PathwayModel.PROCESS_APPROVE_PATHWAY_CHANGE + ".bpmn");

  ModelCheck() {
  }

  private static byte[] shipped(String resource) {
    try (java.io.InputStream in = ModelCheck.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      check(resource.getName(), resource.getBytes());
    }
  }

  static void check(String name, byte[] bytes) {
    List<ModelRefusedException> problems = problems(name, bytes);
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
  }

  /**
   * Everything the allow-list refuses in one file, element by element: what a deployment of it
   * would be refused for (the deployment names only the first).
   */
  public static List<ModelRefusedException> problems(String name, byte[] bytes) {
    try {
      if (endsWith(name, BpmnDeployer.BPMN_RESOURCE_SUFFIXES)) {
        ModelXml model = ModelXml.read(name, bytes);
        List<ModelRefusedException> problems = new java.util.ArrayList<>(BpmnRules.problems(model));
        if (model.declaresProcess(PathwayModel.PROCESS_APPROVE_PATHWAY_CHANGE) && !Arrays.equals(bytes, APPROVAL)) {
          // Its tasks may go to the approvers and its steps deploy: only the application's own may do that.
          problems.add(new ModelRefusedException(name, PathwayModel.PROCESS_APPROVE_PATHWAY_CHANGE, "the approval of"
              + " changes to the pathway is the application's own: only the version it ships may be deployed."));
        }
        return problems;
      } else if (endsWith(name, DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES)) {
        return DmnRules.problems(ModelXml.read(name, bytes));
      } else if (name.toLowerCase(Locale.ROOT).endsWith(".form")) {
        return FormRules.problems(name, bytes);
      } else if (endsWith(name, CmmnDeployer.CMMN_RESOURCE_SUFFIXES)) {
        return List.of(new ModelRefusedException(name, null, "case models (CMMN) are not allowed: the pathway has"
            + " none, and their listeners and expressions would run on the server unchecked."));
      }
      return List.of();
    } catch (ModelRefusedException unreadable) {
      return List.of(unreadable);
    }
  }

  /** The engine's own suffixes, in any case (stricter than the engine, which minds the case). */
  private static boolean endsWith(String name, String[] suffixes) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(suffixes).anyMatch(suffix -> lower.endsWith(suffix.toLowerCase(Locale.ROOT)));
  }
}
