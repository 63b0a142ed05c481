package org.ohtpathway.referral;

import org.ohtpathway.form.Coded;

public enum Sex implements Coded {
  FEMALE("Female"),
  MALE("Male"),
  NOT_STATED("Prefers not to say");

  private final String label;

  Sex(String label) { this.label = label; }

  @Override public String label() { return label; }
}
