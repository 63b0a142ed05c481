package org.ohtpathway.note;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.audit.AuditLog;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormRejectedException;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Adds a note to a case: {@code POST /api/cases/{reference}/notes}, a JSON object of the note's fields. */
@RestController
class CaseNoteController {

  private final CaseNoteService notes;
  private final ReferralService referrals;
  private final CaseProgress progress;
  private final CaseAuthority authority;
  private final AuditLog audit;
  private final IdentityService identity;
  private final TransactionTemplate transaction;

  CaseNoteController(CaseNoteService notes, ReferralService referrals, CaseProgress progress,
      CaseAuthority authority, AuditLog audit, IdentityService identity, TransactionTemplate transaction) {
    this.notes = notes;
    this.referrals = referrals;
    this.progress = progress;
    this.authority = authority;
    this.audit = audit;
    this.identity = identity;
    this.transaction = transaction;
  }

  @PostMapping("/api/cases/{reference}/notes")
  ResponseEntity<Object> add(@PathVariable String reference, @RequestBody Map<String, Object> body) {
    String userId = identity.getCurrentAuthentication().getUserId();
    audit.requireReference(userId, AuditLog.Action.ADD_CASE_NOTE, reference);
    Optional<Referral> referral = referrals.findByReference(reference);
    if (referral.isEmpty()) {
      audit.record(userId, AuditLog.Action.ADD_CASE_NOTE, reference, false);
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
          "No referral has the reference " + reference + "."));
    }
    authority.require(CaseAction.ADD_CASE_NOTE, referral.get());
    // Once consent is withdrawn nothing more is recorded about the person.
    if (progress.reachedOn(referral.get().getId(), Milestone.CONSENT_WITHDRAWN).isPresent()) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", "The person withdrew their consent:"
          + " no more notes can be added to referral " + reference + "."));
    }
    try {
      CaseNote added = transaction.execute(status -> notes.add(referral.get(), FormInput.of(body), userId));
      return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("message", "Note added to referral " + reference
          + (added.isSharedWithPractitioner() ? ", shared with the practitioner." : ".")));
    } catch (FormRejectedException rejected) {
      return ResponseEntity.badRequest().body(Map.of("message", rejected.getMessage(),
          "problems", rejected.problems()));
    }
  }
}
