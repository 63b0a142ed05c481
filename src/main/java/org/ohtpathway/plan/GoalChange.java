package org.ohtpathway.plan;

/** What a version of the plan did to a goal, against the version before it. */
public enum GoalChange {
  ADDED("added"),
  CHANGED("changed"),
  CLOSED("closed");

  private final String label;

  GoalChange(String label) { this.label = label; }

  public String label() { return label; }
}
