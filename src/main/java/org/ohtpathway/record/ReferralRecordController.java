package org.ohtpathway.record;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.audit.AuditEvent;
import org.ohtpathway.audit.AuditLog;
import org.ohtpathway.referral.Referral;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's read API of referrals. Every read of a referral, allowed or refused, is
 * written to the audit log, and so is a request naming something that is not a reference.
 */
@RestController
class ReferralRecordController {

  private final ReferralRecords records;
  private final CaseAuthority access;
  private final AuditLog audit;
  private final IdentityService identity;

  ReferralRecordController(ReferralRecords records, CaseAuthority access,
      AuditLog audit, IdentityService identity) {
    this.records = records;
    this.access = access;
    this.audit = audit;
    this.identity = identity;
  }

  /** The whole health record: the allocated Health Trainer's. */
  @GetMapping("/api/referrals/{reference}")
  ResponseEntity<Map<String, Object>> healthRecord(@PathVariable String reference) {
    return read(reference, CaseAction.READ_HEALTH_RECORD, records::healthRecord);
  }

  /** Milestones, end state and exit summary: for probation, coordinators and managers. */
  @GetMapping("/api/referrals/{reference}/progress")
  ResponseEntity<Map<String, Object>> progress(@PathVariable String reference) {
    return read(reference, CaseAction.READ_PROGRESS, records::progress);
  }

  /** The progress of the referrals the logged-in practitioner holds. */
  @GetMapping("/api/my-referrals")
  List<Map<String, Object>> myReferrals() {
    Authentication user = identity.getCurrentAuthentication();
    return records.heldBy(user.getUserId()).stream().map(referral -> {
      audit.record(user.getUserId(), AuditLog.Action.READ_PROGRESS, referral.getReference(), true);
      return records.progress(referral);
    }).toList();
  }

  /** The audit log, newest first: administrators only. */
  @GetMapping("/api/audit")
  ResponseEntity<Object> auditLog(@RequestParam(required = false) String reference,
      @RequestParam(defaultValue = "100") int limit) {
    Authentication user = identity.getCurrentAuthentication();
    if (reference != null) {
      audit.requireReference(user.getUserId(), AuditLog.Action.READ_AUDIT_LOG, reference);
    }
    boolean allowed = access.isAdmin(user);
    audit.record(user.getUserId(), AuditLog.Action.READ_AUDIT_LOG, reference, allowed);
    if (!allowed) {
      return refusal(HttpStatus.FORBIDDEN, "Only administrators may read the audit log.");
    }
    List<AuditEvent> events = audit.latest(reference, Math.min(Math.max(limit, 1), 1000));
    return ResponseEntity.ok(events.stream().map(event -> Map.of("at", event.getAt(), "user", event.getUserId(),
        "action", event.getAction(), "reference", String.valueOf(event.getReferralReference()),
        "allowed", event.isAllowed())).toList());
  }

  private ResponseEntity<Map<String, Object>> read(String reference, CaseAction action,
      Function<Referral, Map<String, Object>> what) {
    return ResponseEntity.ok(what.apply(access.require(action, reference)));
  }

  @SuppressWarnings("unchecked")
  private static <T> ResponseEntity<T> refusal(HttpStatus status, String message) {
    return (ResponseEntity<T>) ResponseEntity.status(status).body(Map.of("message", message));
  }
}
