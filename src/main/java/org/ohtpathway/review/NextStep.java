package org.ohtpathway.review;

/** What follows a support session; the values of {@code sessionOutcome}. */
public enum NextStep {
  NEXT_SESSION,
  REVIEW,
  DISENGAGEMENT_REVIEW
}
