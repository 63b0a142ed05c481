package org.ohtpathway.progress;

import org.ohtpathway.form.Coded;

/**
 * A point in a referral's progress that the stage recording it reports to {@link CaseProgress}.
 * Each is reached once, on the earliest date reported; reaching one moves the case into its
 * stage (never back). Milestones carry no health detail: they are kept when a referral's
 * details are removed.
 */
public enum Milestone implements Coded {
  REFERRED(Stage.REFERRAL, "Referral received"),
  ELIGIBLE(Stage.ELIGIBILITY, "Eligible"),
  NOT_ELIGIBLE(Stage.ELIGIBILITY, "Not eligible"),
  NOT_ELIGIBLE_READ(Stage.ELIGIBILITY, "Practitioner read why not eligible"),
  ALLOCATED(Stage.ALLOCATION, "Allocated to a Health Trainer"),
  DECLINED_AT_TRIAGE(Stage.ALLOCATION, "Declined at triage"),
  FIRST_CONTACT_ATTEMPTED(Stage.FIRST_CONTACT, "First contact attempted"),
  CONTACTED(Stage.FIRST_CONTACT, "Appointment booked at first contact"),
  DECLINED_AT_FIRST_CONTACT(Stage.FIRST_CONTACT, "Declined at first contact"),
  UNABLE_TO_CONTACT(Stage.FIRST_CONTACT, "Unable to contact"),
  ASSESSED(Stage.ASSESSMENT, "Health and wellbeing assessed"),
  PLAN_AGREED(Stage.PLAN, "Personal health plan agreed"),
  FIRST_SESSION_ATTENDED(Stage.SESSIONS, "First support session attended"),
  REVIEWED(Stage.REVIEW, "Progress reviewed"),
  EXITED(Stage.EXIT, "Exit recorded"),
  EXIT_SUMMARY_WRITTEN(Stage.EXIT, "Exit summary written"),
  EXIT_SUMMARY_READ(Stage.EXIT, "Practitioner read the exit summary"),
  WITHDRAWN(null, "Referral withdrawn"),
  CONSENT_WITHDRAWN(null, "Consent withdrawn");

  private final Stage stage;
  private final String label;

  Milestone(Stage stage, String label) {
    this.stage = stage;
    this.label = label;
  }

  /** The stage reaching this milestone moves the case into; null for one that stops it where it is. */
  public Stage stage() {
    return stage;
  }

  @Override
  public String label() {
    return label;
  }
}
