package org.ohtpathway.review;

import org.ohtpathway.form.Coded;

public enum ReviewKind implements Coded {
  PROGRESS("Progress review"),
  DISENGAGEMENT("Disengagement review");

  private final String label;

  ReviewKind(String label) { this.label = label; }

  @Override public String label() { return label; }
}
