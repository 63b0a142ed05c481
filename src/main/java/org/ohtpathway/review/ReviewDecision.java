package org.ohtpathway.review;

import org.ohtpathway.form.Coded;

public enum ReviewDecision implements Coded {
  CONTINUE("Continue with more sessions"),
  EXIT("Move to exit");

  private final String label;

  ReviewDecision(String label) { this.label = label; }

  @Override public String label() { return label; }
}
