package org.ohtpathway.allocation;

import org.ohtpathway.form.Coded;

/** Why a coordinator declined a referral at triage; the practitioner is told the label. */
public enum DeclineReason implements Coded {
  NEEDS_MET_ELSEWHERE("The person's needs are better met by another service"),
  ALREADY_SUPPORTED("The person is already supported by another service"),
  DUPLICATE("A duplicate of another referral"),
  OUTSIDE_REMIT("Outside the service's remit"),
  RISK_NOT_MANAGEABLE("The risk cannot be managed safely by the service"),
  OTHER("Other");

  private final String label;

  DeclineReason(String label) { this.label = label; }

  @Override public String label() { return label; }
}
