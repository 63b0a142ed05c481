package org.ohtpathway.referral;

import org.ohtpathway.form.Coded;

public enum RiskLevel implements Coded {
  LOW("Low"),
  MEDIUM("Medium"),
  HIGH("High"),
  VERY_HIGH("Very high"),
  NOT_ASSESSED("Not assessed");

  private final String label;

  RiskLevel(String label) { this.label = label; }

  @Override public String label() { return label; }
}
