package org.ohtpathway.safeguarding;

import org.ohtpathway.form.Coded;

public enum ConcernSource implements Coded {
  ASSESSMENT("Identified at the health and wellbeing assessment"),
  RAISED_BY_STAFF("Raised by a member of staff");

  private final String label;

  ConcernSource(String label) { this.label = label; }

  @Override public String label() { return label; }
}
