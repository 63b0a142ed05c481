package org.ohtpathway.assessment;

import org.ohtpathway.form.Coded;

public enum DrugUse implements Coded {
  NONE("No drug use"),
  PAST("Past use only"),
  CURRENT("Current use, not injecting"),
  CURRENT_INJECTING("Current use, injecting");

  private final String label;

  DrugUse(String label) { this.label = label; }

  @Override public String label() { return label; }
}
