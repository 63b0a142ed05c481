package org.ohtpathway.progress;

import org.ohtpathway.form.Coded;

/** The stages of the pathway, in the order a referral goes through them. */
public enum Stage implements Coded {
  REFERRAL("Referral"),
  ELIGIBILITY("Eligibility"),
  ALLOCATION("Triage and allocation"),
  FIRST_CONTACT("First contact"),
  ASSESSMENT("Health and wellbeing assessment"),
  PLAN("Personal health plan"),
  SESSIONS("Support sessions"),
  REVIEW("Review"),
  EXIT("Exit");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
