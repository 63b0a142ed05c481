package org.ohtpathway.referral;

/**
 * A detail of a referral that staff may amend from its case, as the change log names it; and
 * the two decision tables checked again when one of their inputs changed, whose outcome the
 * change log records in a row of its own.
 */
public enum ReferralField {
  PHONE("Phone number"),
  EMAIL("Email address"),
  SAFE_TO_PHONE("Safe to phone"),
  SAFE_TO_EMAIL("Safe to email"),
  ADDRESS("Address"),
  POSTCODE("Postcode"),
  RISK_TO_OTHERS("Risk to others"),
  RISK_TO_SELF("Risk to self"),
  LONE_WORKING_CAUTIONS("Lone-working cautions"),
  PRESENTING_NEEDS("Presenting needs"),
  SUPERVISION_END_DATE("Supervision end date"),
  RELEASE_DATE("Release date"),
  /** Outcome: the eligibility table evaluated again after the amendment. */
  ELIGIBILITY("Eligibility checked again"),
  /** Outcome: the priority table evaluated again after the amendment. */
  PRIORITY("Priority checked again"),
  /** Outcome: the lone-working table evaluated again for the booked appointment after the amendment. */
  LONE_WORKING("Lone-working rule checked again");

  private final String label;

  ReferralField(String label) {
    this.label = label;
  }

  /** A decision table's outcome after an amendment, not a detail that was changed. */
  public boolean isOutcome() {
    return this == ELIGIBILITY || this == PRIORITY || this == LONE_WORKING;
  }

  public String label() {
    return label;
  }
}
