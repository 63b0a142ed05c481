package org.ohtpathway.access;

import org.ohtpathway.audit.AuditLog;

/** What a person may ask to do to a referral; {@link CaseAuthority} decides each, and audits it as which. */
public enum CaseAction {
  READ_PROGRESS(AuditLog.Action.READ_PROGRESS),
  READ_HEALTH_RECORD(AuditLog.Action.READ_HEALTH_RECORD),
  WITHDRAW_REFERRAL(AuditLog.Action.WITHDRAW_REFERRAL),
  RECORD_CONSENT_WITHDRAWN(AuditLog.Action.RECORD_CONSENT_WITHDRAWN),
  RAISE_SAFEGUARDING_CONCERN(AuditLog.Action.RAISE_SAFEGUARDING_CONCERN),
  /** Open the case: what of its timeline each person sees is {@link CaseAuthority#audiencesFor}. */
  VIEW_CASE(AuditLog.Action.VIEW_CASE),
  ADD_CASE_NOTE(AuditLog.Action.ADD_CASE_NOTE),
  /** Correct or update the referral's details (contact, address, risk, needs, supervision dates). */
  AMEND_REFERRAL(AuditLog.Action.AMEND_REFERRAL),
  /** Move the case to another Health Trainer. */
  REALLOCATE_CASE(AuditLog.Action.REALLOCATE_CASE),
  /** Move the case to another probation practitioner. */
  TRANSFER_CASE(AuditLog.Action.TRANSFER_CASE),
  PUT_CASE_ON_HOLD(AuditLog.Action.PUT_CASE_ON_HOLD),
  RESUME_CASE(AuditLog.Action.RESUME_CASE),
  /** End support after the assessment (moved away, recalled, ...): the pathway goes to the exit. */
  END_SUPPORT(AuditLog.Action.END_SUPPORT),
  /** Open the form of one of the referral's tasks, with the person's details it shows. */
  OPEN_TASK_FORM(AuditLog.Action.OPEN_TASK_FORM),
  /** Claim or submit the form of one of the referral's tasks. */
  WORK_TASK(AuditLog.Action.WORK_TASK),
  /** Give one of the referral's tasks to a person, or offer it to a group. */
  ASSIGN_TASK(AuditLog.Action.ASSIGN_TASK);

  private final AuditLog.Action audited;

  CaseAction(AuditLog.Action audited) {
    this.audited = audited;
  }

  public AuditLog.Action audited() {
    return audited;
  }
}
