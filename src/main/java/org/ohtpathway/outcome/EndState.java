package org.ohtpathway.outcome;

import org.ohtpathway.form.Coded;

/** How a referral ended; derived from what was recorded, never stored as a status. */
public enum EndState implements Coded {
  COMPLETED("Completed"),
  ENDED_EARLY("Ended early"),
  DECLINED("Declined"),
  WITHDRAWN("Withdrawn");

  private final String label;

  EndState(String label) { this.label = label; }

  @Override public String label() { return label; }
}
