package org.ohtpathway.session;

import org.ohtpathway.form.Coded;

public enum Delivery implements Coded {
  IN_PERSON_PROBATION_OFFICE("In person at the probation office"),
  IN_PERSON_ELSEWHERE("In person elsewhere"),
  PHONE("Phone"),
  VIDEO("Video");

  private final String label;

  Delivery(String label) { this.label = label; }

  @Override public String label() { return label; }
}
