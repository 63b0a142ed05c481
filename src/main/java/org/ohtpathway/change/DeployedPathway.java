package org.ohtpathway.change;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.ohtpathway.process.PathwayModel;

/**
 * The pathway as it stands in the engine: the files of the deployment the latest pathway came
 * from (its forms are bound to it), with any process or decision deployed on its own since then.
 */
final class DeployedPathway {

  private DeployedPathway() {
  }

  /** The deployment the latest version of the pathway came from. */
  static String deploymentId(RepositoryService repository) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(PathwayModel.PROCESS_PATHWAY)
        .latestVersion().singleResult().getDeploymentId();
  }

  static PathwayFiles current(RepositoryService repository) {
    String pathway = deploymentId(repository);
    Map<String, byte[]> files = new LinkedHashMap<>(of(repository, pathway).files());
    // Each other deployment's forms read once, however many of its processes are the latest.
    Map<String, PathwayFiles> deployments = new java.util.HashMap<>();
    for (ProcessDefinition process : repository.createProcessDefinitionQuery().latestVersion().list()) {
      if (!process.getDeploymentId().equals(pathway)) {
        files.put(name(process.getResourceName()), read(repository, process.getDeploymentId(),
            process.getResourceName()));
        // Its forms are bound to its own deployment (the approval of changes, which changes never redeploy).
        deployments.computeIfAbsent(process.getDeploymentId(), id -> of(repository, id)).files().forEach((file, bytes) -> {
          if (file.endsWith(".form")) {
            files.putIfAbsent(file, bytes);
          }
        });
      }
    }
    for (DecisionDefinition decision : repository.createDecisionDefinitionQuery().latestVersion().list()) {
      if (!decision.getDeploymentId().equals(pathway)) {
        files.put(name(decision.getResourceName()), read(repository, decision.getDeploymentId(),
            decision.getResourceName()));
      }
    }
    return new PathwayFiles(files);
  }

  /** The models and forms of one deployment, by file name. */
  static PathwayFiles of(RepositoryService repository, String deploymentId) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (PathwayFiles.isPathwayFile(resource)) {
        files.put(name(resource), read(repository, deploymentId, resource));
      }
    }
    return new PathwayFiles(files);
  }

  /** A resource's file name: the application's own deployment names them by their path (processes/...). */
  private static String name(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  private static byte[] read(RepositoryService repository, String deploymentId, String resource) {
    try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
