package org.ohtpathway.appointment;

import org.ohtpathway.form.Coded;

/** Where an appointment stands: booked until the session recorded for it says what happened. */
public enum AppointmentStatus implements Coded {
  BOOKED("Booked"),
  ATTENDED("Attended"),
  NOT_ATTENDED("Not attended"),
  DID_NOT_HAPPEN("Did not happen"),
  /** Support ended before it: ended early, a review's exit, a withdrawal. */
  CANCELLED("Cancelled: support ended");

  private final String label;

  AppointmentStatus(String label) { this.label = label; }

  @Override public String label() { return label; }
}
