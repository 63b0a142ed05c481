package org.ohtpathway.process;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A referral's open tasks, changed by the pathway itself when a case moves to another person
 * or is put on hold. The grants of a task follow its assignee ({@code access/TaskAuthorizations}).
 */
@Component
public class OpenTasks {

  private final TaskService tasks;

  OpenTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  /** Gives every open task of the instance that {@code from} holds to {@code to}; returns how many. */
  public int reassign(String processInstanceId, String from, String to) {
    if (from == null || from.equals(to)) {
      return 0;
    }
    return AsSystem.call(() -> {
      List<Task> held = tasks.createTaskQuery().processInstanceId(processInstanceId).taskAssignee(from).listPage(0, 1000);
      held.forEach(task -> tasks.setAssignee(task.getId(), to));
      return held.size();
    });
  }

  /**
   * Hands the case's work from one holder to another: the variable later tasks are assigned by
   * (and emails sent to) names {@code to}, and the open tasks {@code variable}'s holder had go to them.
   */
  public void handOver(DelegateExecution execution, ProcessVariable<String> variable, String to) {
    String before = variable.from(execution);
    variable.on(execution, to);
    reassign(execution.getProcessInstanceId(), before, to);
  }

  /** Moves the due date of every open task of the instance that has one; {@code move} is given the task too. */
  public void moveDueDates(String processInstanceId, java.util.function.BiFunction<Date, Task, Date> move) {
    AsSystem.run(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).listPage(0, 1000).stream()
        .filter(task -> task.getDueDate() != null)
        .forEach(task -> {
          task.setDueDate(move.apply(task.getDueDate(), task));
          tasks.saveTask(task);
        }));
  }

  /** Moves the open tasks that have the referral's old priority to its new one (a safeguarding task keeps its own). */
  public void prioritise(String processInstanceId, int from, int to) {
    AsSystem.run(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).listPage(0, 1000).stream()
        .filter(task -> task.getPriority() == from)
        .forEach(task -> tasks.setPriority(task.getId(), to)));
  }
}
