package org.ohtpathway.allocation;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.ohtpathway.form.Coded;
import org.ohtpathway.process.PathwayVariables;

/** Triage priority; each level sets the priority of the referral's tasks in Tasklist. */
public enum Priority implements Coded {
  HIGH("High", 80),
  MEDIUM("Medium", 50),
  ROUTINE("Routine", 20);

  /**
   * Task priorities from here up read as "Urgent": above every triage level, kept for work that
   * cannot wait for triage (the safeguarding leads' task has priority 100 in the model).
   */
  public static final int URGENT_TASK_PRIORITY = 90;
  public static final String URGENT = "Urgent";

  private final String label;
  private final int taskPriority;

  Priority(String label, int taskPriority) {
    this.label = label;
    this.taskPriority = taskPriority;
  }

  @Override public String label() { return label; }

  public int taskPriority() {
    return taskPriority;
  }

  /** The process's copy of the priority, and the priority the referral's later tasks get in Tasklist. */
  public void setOn(VariableScope scope) {
    PathwayVariables.PRIORITY.on(scope, name());
    PathwayVariables.TASK_PRIORITY.on(scope, taskPriority);
  }

  /**
   * A task's priority as staff say it: Urgent from {@link #URGENT_TASK_PRIORITY}, else the
   * highest level it reaches (a task whose model sets no priority has the engine's default, 50,
   * and reads Medium); anything below Routine's is Routine. Tasklist shows this word, never the
   * number, so the levels are worded here only.
   */
  public static String labelOf(int taskPriority) {
    if (taskPriority >= URGENT_TASK_PRIORITY) {
      return URGENT;
    }
    for (Priority level : values()) {
      if (taskPriority >= level.taskPriority) {
        return level.label;
      }
    }
    return ROUTINE.label;
  }
}
