package org.ohtpathway.access;

/** What a person may ask to do to a referral; {@link CaseAuthority} decides each. */
public enum CaseAction {
  READ_PROGRESS,
  READ_HEALTH_RECORD,
  WITHDRAW_REFERRAL,
  RECORD_CONSENT_WITHDRAWN,
  RAISE_SAFEGUARDING_CONCERN,
  /** Open, claim or submit the form of one of the referral's tasks. */
  WORK_TASK,
  /** Give one of the referral's tasks to a person, or offer it to a group. */
  ASSIGN_TASK
}
