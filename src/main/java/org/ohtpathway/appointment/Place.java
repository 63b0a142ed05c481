package org.ohtpathway.appointment;

import org.ohtpathway.form.Coded;

/** Where an appointment happens. */
public enum Place implements Coded {
  PROBATION_OFFICE("A probation office"),
  OTHER_VENUE("Another venue"),
  PHONE("Phone"),
  VIDEO("Video");

  private final String label;

  Place(String label) { this.label = label; }

  @Override public String label() { return label; }

  /** Whether the Health Trainer meets the person somewhere, rather than by phone or video. */
  public boolean inPerson() {
    return this == PROBATION_OFFICE || this == OTHER_VENUE;
  }
}
