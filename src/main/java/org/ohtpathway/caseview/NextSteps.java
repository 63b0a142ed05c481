package org.ohtpathway.caseview;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.ohtpathway.process.SystemCommands;
import org.ohtpathway.process.PathwayModel;
import org.springframework.stereotype.Component;

/**
 * What is due next on cases: the open user tasks of their pathway instances, read from the engine
 * as the system in one task query for any number of cases. A task's name and due date say
 * nothing of the person; who may open the task is still Tasklist's and the authority's to decide.
 */
@Component
class NextSteps {

  /** The most open tasks one query reads: a caseload page holds at most 100 cases. */
  private static final int MOST_TASKS = 2000;

  private final TaskService tasks;
  private final RepositoryService repository;
  private final SystemCommands system;

  NextSteps(TaskService tasks, RepositoryService repository, SystemCommands system) {
    this.tasks = tasks;
    this.repository = repository;
    this.system = system;
  }

  /**
   * Task queries run as the system: a practitioner or a manager may not read a trainer's task
   * through the engine's authorizations, yet sees on the case what is due.
   */
  private <T> T asSystem(java.util.function.Supplier<T> query) {
    return system.call(query);
  }


  /** The open tasks of one pathway instance, soonest due first. */
  List<Map<String, Object>> of(String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    return asSystem(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).orderByDueDate().asc()
        .listPage(0, MOST_TASKS)).stream().map(NextSteps::shown).toList();
  }

  /** The soonest due open task of each of these pathway instances, in one query. */
  Map<String, Map<String, Object>> soonestOf(Collection<String> processInstanceIds) {
    Map<String, Map<String, Object>> soonest = new HashMap<>();
    List<String> ids = processInstanceIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return soonest;
    }
    List<Task> open = asSystem(() -> tasks.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new))
        .orderByDueDate().asc().listPage(0, MOST_TASKS));
    for (Task task : open) {
      Map<String, Object> held = soonest.get(task.getProcessInstanceId());
      if (held == null || held.get("due") == null && task.getDueDate() != null) {
        soonest.put(task.getProcessInstanceId(), shown(task));
      }
    }
    return soonest;
  }

  /**
   * The first {@code wanted} pathway instances with a task past its due date, the most overdue
   * first: the tasks are read in the due date's order (an index, {@code EngineIndexes}) a few more
   * than wanted at a time, as a case may have more than one task overdue, never more than
   * {@link #MOST_TASKS} in all.
   */
  List<String> overdue(Date now, int wanted) {
    // The pathway's tasks are told by their definition here, not in the query: a join to the
    // definitions made H2 read every task of the pathway and sort them, not the due dates' index.
    Set<String> pathway = asSystem(() -> repository.createProcessDefinitionQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).list()).stream().map(ProcessDefinition::getId)
        .collect(Collectors.toSet());
    int batch = Math.min(MOST_TASKS, Math.max(2 * wanted, 20));
    // One command for every batch, so that the batches read one state of the tasks as far as
    // the database allows.
    Set<String> instances = asSystem(() -> {
      Set<String> found = new LinkedHashSet<>();
      int read = 0;
      while (found.size() < wanted && read < MOST_TASKS) {
        int size = Math.min(batch, MOST_TASKS - read);
        List<Task> overdue = tasks.createTaskQuery().dueBefore(now).orderByDueDate().asc().orderByTaskId().asc()
            .listPage(read, size);
        overdue.stream().filter(task -> pathway.contains(task.getProcessDefinitionId()))
            .forEach(task -> found.add(task.getProcessInstanceId()));
        read += overdue.size();
        if (overdue.size() < size) {
          break;
        }
      }
      return found;
    });
    return instances.stream().limit(wanted).toList();
  }

  private static Map<String, Object> shown(Task task) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("task", task.getName());
    step.put("due", task.getDueDate() == null ? null : task.getDueDate().toInstant().atOffset(ZoneOffset.UTC)
        .toInstant());
    step.put("assignee", task.getAssignee());
    return step;
  }
}
