package org.ohtpathway.contact;

import org.ohtpathway.form.Coded;

public enum ContactOutcome implements Coded {
  APPOINTMENT_BOOKED("Reached: first appointment booked"),
  DECLINED("Reached: declined the service"),
  NOT_REACHED("Not reached");

  private final String label;

  ContactOutcome(String label) { this.label = label; }

  @Override public String label() { return label; }
}
