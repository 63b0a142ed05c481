package org.ohtpathway.progress;

import org.ohtpathway.form.Coded;

/**
 * How a referral ended. When more than one end is recorded (consent withdrawn after an exit),
 * the one listed later here stands: a withdrawal over any other end, declined over ended early.
 */
public enum EndState implements Coded {
  COMPLETED("Completed"),
  ENDED_EARLY("Ended early"),
  DECLINED("Declined"),
  WITHDRAWN("Withdrawn");

  private final String label;

  EndState(String label) { this.label = label; }

  @Override public String label() { return label; }

  /** The end that stands when both were recorded. */
  public static EndState standing(EndState recorded, EndState added) {
    return recorded == null || added.ordinal() > recorded.ordinal() ? added : recorded;
  }
}
