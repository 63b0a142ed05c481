package org.ohtpathway.withdrawal;

import org.ohtpathway.form.Coded;

/** How the person told us they withdraw consent. */
public enum ReportedBy implements Coded {
  IN_PERSON("In person"),
  PHONE("By phone"),
  IN_WRITING("In writing"),
  VIA_PRACTITIONER("Through the probation practitioner");

  private final String label;

  ReportedBy(String label) { this.label = label; }

  @Override public String label() { return label; }
}
