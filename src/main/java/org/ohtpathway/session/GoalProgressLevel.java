package org.ohtpathway.session;

import org.ohtpathway.form.Coded;

public enum GoalProgressLevel implements Coded {
  NOT_STARTED("Not started"),
  SOME_PROGRESS("Some progress"),
  GOOD_PROGRESS("Good progress"),
  ACHIEVED("Achieved");

  private final String label;

  GoalProgressLevel(String label) { this.label = label; }

  @Override public String label() { return label; }
}
