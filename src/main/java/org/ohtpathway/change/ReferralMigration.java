package org.ohtpathway.change;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

/**
 * Moves running referrals to a new version of their process with Camunda's migration API:
 * activities are mapped by id (what a designer keeps when they rename a step), a referral at an
 * activity the new version no longer has stays where it is and is listed with where it stands,
 * and the rest move as a batch (Cockpit shows its progress). Every query here is bounded by the
 * model (one per activity), never one per referral.
 */
@Component
class ReferralMigration {

  /** Referrals named in a list before it says "and N more". */
  private static final int NAMED = 50;

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ManagementService management;
  private final HistoryService history;
  private final TaskService tasks;

  ReferralMigration(RuntimeService runtime, RepositoryService repository, ManagementService management,
      HistoryService history, TaskService tasks) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.management = management;
    this.history = history;
  }

  /**
   * What approving the change would do to running referrals, before it is deployed: per process
   * the change alters, the referrals running, where they wait and whether the new version has
   * that step, and the steps the new version no longer has.
   */
  String preview(PathwayFiles before, PathwayFiles after) {
    List<String> lines = new ArrayList<>();
    for (String name : after.names()) {
      if (!name.endsWith(".bpmn") || java.util.Arrays.equals(before.get(name), after.get(name))) {
        continue;
      }
      Map<String, Map<String, String>> newActivities = activities(after.get(name));
      Map<String, Map<String, String>> oldActivities = before.get(name) == null ? Map.of() : activities(before.get(name));
      for (Map.Entry<String, Map<String, String>> process : newActivities.entrySet()) {
        String key = process.getKey();
        Map<String, String> now = process.getValue();
        Map<String, String> was = oldActivities.getOrDefault(key, Map.of());
        long running = runtime.createProcessInstanceQuery().processDefinitionKey(key).count();
        lines.add(key + ": " + running + " running. Each step maps to the step of the same id in the new version.");
        for (Map.Entry<String, String> activity : was.entrySet()) {
          List<String> there = referralsAt(key, null, activity.getKey());
          if (there.isEmpty()) {
            continue;
          }
          boolean kept = now.containsKey(activity.getKey());
          String waitingThere = there.size() + " referral" + (there.size() == 1 ? "" : "s") + " waiting";
          String newName = now.get(activity.getKey());
          lines.add("  - " + describe(activity) + ": " + waitingThere + (!kept
              ? "; would stay on their version: the new version has no such step (" + named(there) + ")"
              : newName.equals(activity.getValue()) ? "; moves to the same step"
              : "; moves to the same step, now named '" + newName + "'"));
        }
        was.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id ->
            lines.add("  - removed in the new version: " + describe(Map.entry(id, was.get(id)))));
        now.keySet().stream().filter(id -> !was.containsKey(id)).forEach(id ->
            lines.add("  - new in the new version: " + describe(Map.entry(id, now.get(id)))));
      }
    }
    return lines.isEmpty() ? "No process changes: no referral needs to move (forms and decision tables take effect"
        + " for every referral at once)." : String.join("\n", lines);
  }

  /** A migration started: the batches, and what was said of each process. */
  record Started(List<String> batchIds, int chosen, String plan) {
  }

  /**
   * Starts moving every running referral that can move to these new versions (a deployment's,
   * as it made them: not yet committed, so no query finds them), or, when {@code move} is false,
   * only describes them.
   */
  Started start(List<ProcessDefinition> targets, boolean move) {
    List<String> batches = new ArrayList<>();
    int chosen = 0;
    List<String> lines = new ArrayList<>();
    for (ProcessDefinition target : targets) {
      // Each earlier version with referrals on it: one query a version, not one a referral.
      List<String> sources = repository.createProcessDefinitionQuery().processDefinitionKey(target.getKey())
          .orderByProcessDefinitionVersion().asc().list().stream().map(ProcessDefinition::getId)
          .filter(id -> !id.equals(target.getId()))
          .filter(id -> runtime.createProcessInstanceQuery().processDefinitionId(id).count() > 0).toList();
      for (String source : sources) {
        List<String> instances = runtime.createProcessInstanceQuery().processDefinitionId(source).list().stream()
            .map(ProcessInstance::getId).toList();
        String from = target.getKey() + " version " + repository.getProcessDefinition(source).getVersion() + " -> "
            + target.getVersion();
        MigrationPlan plan;
        try {
          plan = runtime.createMigrationPlan(source, target.getId()).mapEqualActivities().updateEventTriggers().build();
        } catch (MigrationPlanValidationException invalid) {
          lines.add(from + ": " + instances.size() + " stay, no plan could be made: " + invalid.getMessage());
          continue;
        }
        Set<String> mapped = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
            .collect(Collectors.toSet());
        Set<String> staying = new LinkedHashSet<>();
        List<String> stayingLines = new ArrayList<>();
        for (String activity : activities(source)) {
          if (mapped.contains(activity)) {
            continue;
          }
          List<Execution> there = runtime.createExecutionQuery().processDefinitionId(source).activityId(activity).list();
          Set<String> ids = there.stream().map(Execution::getProcessInstanceId).collect(Collectors.toSet());
          if (!ids.isEmpty()) {
            staying.addAll(ids);
            stayingLines.add("  - stay at " + activity + ": " + named(referralsAt(null, source, activity)));
          }
        }
        List<String> moving = instances.stream().filter(id -> !staying.contains(id)).toList();
        lines.add(from + ": " + plan.getInstructions().size() + " steps mapped by id; " + instances.size()
            + " running, " + (move ? moving.size() + " moving" : "none moving (the approver chose none)")
            + (staying.isEmpty() ? "" : ", " + staying.size() + " staying on their version"));
        lines.addAll(stayingLines);
        if (move && !moving.isEmpty()) {
          Batch batch = runtime.newMigration(plan).processInstanceIds(moving).executeAsync();
          batches.add(batch.getId());
          chosen += moving.size();
        }
      }
    }
    return new Started(batches, chosen, lines.isEmpty() ? "No referral was running on an earlier version."
        : String.join("\n", lines));
  }

  /** How the move stands: done once every chosen referral has moved or its move failed for good. */
  record Progress(boolean done, int moved, int notMoved, String report) {
  }

  Progress progress(List<String> batchIds, int chosen) {
    boolean done = true;
    long failed = 0;
    Set<String> failures = new TreeSet<>();
    for (String batchId : batchIds) {
      Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
      if (batch == null) {
        // A batch is removed once every one of its jobs succeeded; until its creation is committed it is not seen.
        HistoricBatch ended = history.createHistoricBatchQuery().batchId(batchId).singleResult();
        done &= ended != null && ended.getEndTime() != null;
        continue;
      }
      BatchStatistics statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
      boolean seeding = management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).count() > 0;
      done &= !seeding && statistics.getRemainingJobs() == statistics.getFailedJobs();
      failed += (long) statistics.getFailedJobs() * batch.getInvocationsPerBatchJob();
      management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).noRetriesLeft().list().stream()
          .map(Job::getExceptionMessage).map(String::valueOf).forEach(failures::add);
    }
    if (chosen == 0) {
      return new Progress(true, 0, 0, "No referral was moved.");
    }
    int notMoved = (int) Math.min(failed, chosen);
    String report = done ? (chosen - notMoved) + " of " + chosen + " referrals chosen to move moved to the new version"
        + (notMoved == 0 ? "." : "; " + notMoved + " did not (Cockpit shows each as an incident of the batch): "
            + String.join("; ", failures))
        : "Moving " + chosen + " referrals to the new version.";
    return new Progress(done, chosen - notMoved, notMoved, report);
  }

  /**
   * Gives the open tasks of moved referrals the names of the new version: the engine moves a
   * task to its new step but keeps the name it was created with. One query per renamed step.
   */
  void renameMovedTasks(String deploymentId, PathwayFiles before, PathwayFiles after) {
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().deploymentId(deploymentId).list()) {
      String file = fileOf(definition);
      if (before.get(file) == null || after.get(file) == null) {
        continue;
      }
      Map<String, String> was = activities(before.get(file)).getOrDefault(definition.getKey(), Map.of());
      Map<String, String> now = activities(after.get(file)).getOrDefault(definition.getKey(), Map.of());
      now.forEach((id, name) -> {
        if (was.containsKey(id) && !was.get(id).equals(name)) {
          for (org.camunda.bpm.engine.task.Task task : tasks.createTaskQuery().processDefinitionId(definition.getId())
              .taskDefinitionKey(id).list()) {
            task.setName(name);
            tasks.saveTask(task);
          }
        }
      });
    }
  }

  /**
   * Whether any referral on the versions of this deployment has been at one of the steps that
   * are new in it (a step a rollback would take away from under it).
   */
  List<String> passedNewSteps(String deploymentId, PathwayFiles before, PathwayFiles after) {
    List<String> passed = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().deploymentId(deploymentId).list()) {
      String file = fileOf(definition);
      if (after.get(file) == null) {
        continue;
      }
      Map<String, String> was = before.get(file) == null ? Map.of()
          : activities(before.get(file)).getOrDefault(definition.getKey(), Map.of());
      Map<String, String> now = activities(after.get(file)).getOrDefault(definition.getKey(), Map.of());
      for (Map.Entry<String, String> step : now.entrySet()) {
        if (!was.containsKey(step.getKey())) {
          long times = history.createHistoricActivityInstanceQuery().processDefinitionId(definition.getId())
              .activityId(step.getKey()).count();
          if (times > 0) {
            passed.add(describe(step) + " (" + times + " time" + (times == 1 ? "" : "s") + ")");
          }
        }
      }
    }
    return passed;
  }

  /** The file a definition was deployed from, by its name alone (the application's own deployment names its path). */
  private static String fileOf(ProcessDefinition definition) {
    return definition.getResourceName().substring(definition.getResourceName().lastIndexOf('/') + 1);
  }

  /** The steps of each process of a BPMN file: id to name, in the file's order. */
  private static Map<String, Map<String, String>> activities(byte[] bpmn) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
    Map<String, Map<String, String>> byProcess = new LinkedHashMap<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      Map<String, String> activities = new LinkedHashMap<>();
      process.getChildElementsByType(FlowNode.class).forEach(node -> collect(node, activities));
      byProcess.put(process.getId(), activities);
    }
    return byProcess;
  }

  private static void collect(FlowNode node, Map<String, String> activities) {
    activities.put(node.getId(), node.getName() == null ? "" : node.getName());
    node.getChildElementsByType(FlowNode.class).forEach(child -> collect(child, activities));
  }

  /** The activity ids of a deployed process definition. */
  private List<String> activities(String definitionId) {
    return repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class).stream()
        .map(FlowNode::getId).toList();
  }

  /** The references of the referrals waiting at an activity, of a process (by key or by definition). */
  private List<String> referralsAt(String key, String definitionId, String activity) {
    var executions = runtime.createExecutionQuery().activityId(activity);
    if (key != null) {
      executions.processDefinitionKey(key);
    } else {
      executions.processDefinitionId(definitionId);
    }
    Set<String> instances = executions.list().stream().map(Execution::getProcessInstanceId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (instances.isEmpty()) {
      return List.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
        .map(instance -> String.valueOf(instance.getBusinessKey())).sorted().toList();
  }

  private static String named(List<String> references) {
    return references.size() <= NAMED ? String.join(", ", references)
        : String.join(", ", references.subList(0, NAMED)) + " and " + (references.size() - NAMED) + " more";
  }

  private static String describe(Map.Entry<String, String> activity) {
    return activity.getKey() + (activity.getValue().isEmpty() ? "" : " '" + activity.getValue() + "'");
  }
}
