package org.ohtpathway.appointment;

import org.ohtpathway.form.Coded;

/** Who asked for an appointment to be moved. */
public enum RescheduledBy implements Coded {
  PERSON("The person"),
  HEALTH_TRAINER("The Health Trainer"),
  PROBATION("Probation");

  private final String label;

  RescheduledBy(String label) { this.label = label; }

  @Override public String label() { return label; }
}
