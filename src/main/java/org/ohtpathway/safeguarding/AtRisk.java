package org.ohtpathway.safeguarding;

import org.ohtpathway.form.Coded;

public enum AtRisk implements Coded {
  THE_PERSON("The person referred"),
  A_CHILD("A child"),
  ANOTHER_ADULT("Another adult");

  private final String label;

  AtRisk(String label) { this.label = label; }

  @Override public String label() { return label; }
}
