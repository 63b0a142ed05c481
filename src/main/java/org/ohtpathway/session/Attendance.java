package org.ohtpathway.session;

import org.ohtpathway.form.Coded;

public enum Attendance implements Coded {
  ATTENDED("Attended"),
  ATTENDED_LATE("Attended late"),
  DID_NOT_ATTEND_ACCEPTABLE("Did not attend: acceptable absence"),
  DID_NOT_ATTEND_UNACCEPTABLE("Did not attend: unacceptable absence"),
  DID_NOT_HAPPEN("Session did not happen"),
  RESCHEDULED("Rescheduled");

  private final String label;

  Attendance(String label) { this.label = label; }

  @Override public String label() { return label; }

  public boolean attended() {
    return this == ATTENDED || this == ATTENDED_LATE;
  }

  /** Sessions that did not take place say nothing about the person's engagement. */
  public boolean tookPlace() {
    return this != DID_NOT_HAPPEN && this != RESCHEDULED;
  }
}
