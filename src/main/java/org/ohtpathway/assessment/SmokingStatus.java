package org.ohtpathway.assessment;

import org.ohtpathway.form.Coded;

public enum SmokingStatus implements Coded {
  NEVER_SMOKED("Never smoked"),
  EX_SMOKER("Ex-smoker"),
  SMOKER("Smokes"),
  VAPES_ONLY("Vapes only");

  private final String label;

  SmokingStatus(String label) { this.label = label; }

  @Override public String label() { return label; }
}
