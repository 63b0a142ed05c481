package org.ohtpathway.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/**
 * The role that does each step of a version of the pathway, read from its BPMN: a user task's
 * candidate group, or the group of the person its assignee expression names (the allocated
 * Health Trainer, the referring practitioner); the process's starters for its start. Anything
 * else the engine does itself: {@link #SYSTEM}. A step a service designer adds in the Modeler
 * is covered without a code change.
 */
@Component
class StepRoles {

  static final String SYSTEM = "system";

  /** Assignee expressions and the group of the person they name. */
  private static final Map<String, String> ASSIGNEES = Map.of(
      "${" + PathwayVariables.TRAINER_ID.name() + "}", Groups.HEALTH_TRAINERS,
      "${" + PathwayVariables.REFERRER_ID.name() + "}", Groups.PROBATION_PRACTITIONERS);

  private final RepositoryService repository;
  private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

  StepRoles(RepositoryService repository) {
    this.repository = repository;
  }

  /** The role that does an activity of a process definition. */
  String roleOf(String processDefinitionId, String activityId) {
    return byDefinition.computeIfAbsent(processDefinitionId, this::read).getOrDefault(activityId, SYSTEM);
  }

  private Map<String, String> read(String processDefinitionId) {
    BpmnModelInstance model = AsSystem.call(() -> repository.getBpmnModelInstance(processDefinitionId));
    Map<String, String> roles = new HashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String groups = task.getCamundaCandidateGroups();
      String role = groups != null && !groups.isBlank() ? groups.split(",")[0].trim()
          : ASSIGNEES.getOrDefault(String.valueOf(task.getCamundaAssignee()).trim(), "staff");
      roles.put(task.getId(), role);
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      String starters = process.getCamundaCandidateStarterGroups();
      if (starters != null && !starters.isBlank()) {
        process.getChildElementsByType(StartEvent.class)
            .forEach(start -> roles.put(start.getId(), starters.split(",")[0].trim()));
      }
    }
    return roles;
  }
}
