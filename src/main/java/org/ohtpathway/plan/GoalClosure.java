package org.ohtpathway.plan;

import org.ohtpathway.form.Coded;

/** Why a goal was closed at a review. */
public enum GoalClosure implements Coded {
  ACHIEVED("Achieved"),
  NO_LONGER_RELEVANT("No longer relevant"),
  OTHER("Other");

  private final String label;

  GoalClosure(String label) { this.label = label; }

  @Override public String label() { return label; }

  /**
   * A goal closed as achieved counts as achieved at exit; one closed for another reason is no
   * longer one of the plan's goals, and is neither rated at exit nor counted among the goals set.
   */
  public boolean countsAsAchieved() {
    return this == ACHIEVED;
  }
}
