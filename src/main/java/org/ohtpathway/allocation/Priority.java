package org.ohtpathway.allocation;

import org.ohtpathway.form.Coded;

/** Triage priority; each level sets the priority of the referral's tasks in Tasklist. */
public enum Priority implements Coded {
  HIGH("High", 80),
  MEDIUM("Medium", 50),
  ROUTINE("Routine", 20);

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
}
