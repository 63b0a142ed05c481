package org.ohtpathway.progress;

/**
 * Who may see an entry of a case's timeline; {@code CaseAuthority} decides which of these a
 * person gets for a referral.
 */
public enum Audience {
  /** Progress milestones and case actions: everyone who may follow the case, the practitioner included. */
  PROGRESS,
  /** How the service runs the case (allocations, emails sent, amendments): the health side and managers. */
  OPERATIONAL,
  /** A case note the Health Trainer or coordinator chose to share with the practitioner, where the person agreed. */
  SHARED_NOTE,
  /**
   * What the coordinators and the practitioner wrote to each other about the referral (a question
   * at triage and its answer, why it was declined): the practitioner who holds the case, the
   * coordinators and the Health Trainer.
   */
  PRACTITIONER_EXCHANGE,
  /** Case notes: the Health Trainer and the coordinators. */
  NOTE,
  /** The person's health record (assessment, plan, sessions' notes): the allocated Health Trainer. */
  HEALTH,
  /** Safeguarding concerns raised: the safeguarding leads and the allocated Health Trainer. */
  SAFEGUARDING,
  /** What the safeguarding leads did about a concern: their own record, for them only. */
  SAFEGUARDING_ACTION
}
