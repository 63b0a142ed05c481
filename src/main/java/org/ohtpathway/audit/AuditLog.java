package org.ohtpathway.audit;

import java.util.List;
import org.ohtpathway.process.ServiceClock;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AuditLog {

  /** What was read, exported or done to a referral (the actions of {@code access.CaseAction}). */
  public enum Action {
    READ_HEALTH_RECORD, READ_PROGRESS, READ_AUDIT_LOG, EXPORT_PERFORMANCE_DATASET, EXPORT_EVENT_LOG,
    WITHDRAW_REFERRAL, RECORD_CONSENT_WITHDRAWN, RAISE_SAFEGUARDING_CONCERN, OPEN_TASK_FORM, WORK_TASK, ASSIGN_TASK,
    /** The person's name was shown to confirm that their details are to be removed. */
    CONFIRM_ERASURE,
    VIEW_CASE, SEARCH_CASES, ADD_CASE_NOTE, AMEND_REFERRAL, REALLOCATE_CASE, TRANSFER_CASE, PUT_CASE_ON_HOLD, RESUME_CASE, END_SUPPORT,
    /** Changes to the pathway, recorded against the change's reference (PC-12) instead of a referral's. */
    READ_PATHWAY_CHANGE, PROPOSE_PATHWAY_CHANGE, DECIDE_PATHWAY_CHANGE, ROLL_BACK_PATHWAY_CHANGE
  }

  /** Stands for what was asked for when it was not a referral reference: the value is not kept. */
  public static final String NOT_A_REFERENCE = "(not a reference)";

  private final AuditEventRepository events;

  AuditLog(AuditEventRepository events) {
    this.events = events;
  }

  /** Recorded in its own transaction: a refused or failed request is audited all the same. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(String userId, Action action, String referralReference, boolean allowed) {
    events.save(new AuditEvent(ServiceClock.now(), userId, action.name(), referralReference, allowed));
  }

  /** Whether this user was recorded taking this action on this referral since a moment. */
  @Transactional(readOnly = true)
  public boolean recordedSince(String userId, Action action, String referralReference, java.time.Instant since) {
    return events.existsByUserIdAndActionAndReferralReferenceAndAtAfter(userId, action.name(), referralReference,
        since);
  }

  /**
   * Refuses a request that names a referral by something that is not a reference, and audits
   * the attempt as refused. Called outside a transaction (by a controller): the record is saved
   * by itself, and the refusal thrown after it does not undo it.
   */
  public void requireReference(String userId, Action action, String reference) {
    if (!NotAReferenceException.isReference(reference)) {
      record(userId, action, NOT_A_REFERENCE, false);
      throw new NotAReferenceException();
    }
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> latest(String referralReference, int limit) {
    PageRequest page = PageRequest.of(0, limit);
    return referralReference == null ? events.findByOrderByIdDesc(page)
        : events.findByReferralReferenceOrderByIdDesc(referralReference, page);
  }
}
