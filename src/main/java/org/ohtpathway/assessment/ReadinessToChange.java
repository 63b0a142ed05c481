package org.ohtpathway.assessment;

import org.ohtpathway.form.Coded;

public enum ReadinessToChange implements Coded {
  PRE_CONTEMPLATION("Pre-contemplation: not thinking about change"),
  CONTEMPLATION("Contemplation: thinking about change"),
  PREPARATION("Preparation: getting ready to change"),
  ACTION("Action: making changes"),
  MAINTENANCE("Maintenance: keeping changes going");

  private final String label;

  ReadinessToChange(String label) { this.label = label; }

  @Override public String label() { return label; }
}
