package org.ohtpathway.note;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormRejectedException;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.referral.Referral;
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
  private final CaseProgress progress;
  private final CaseAuthority authority;
  private final IdentityService identity;
  private final TransactionTemplate transaction;

  CaseNoteController(CaseNoteService notes, CaseProgress progress,
      CaseAuthority authority, IdentityService identity, TransactionTemplate transaction) {
    this.notes = notes;
    this.progress = progress;
    this.authority = authority;
    this.identity = identity;
    this.transaction = transaction;
  }

  @PostMapping("/api/cases/{reference}/notes")
  ResponseEntity<Object> add(@PathVariable String reference, @RequestBody Map<String, Object> body) {
    String userId = identity.getCurrentAuthentication().getUserId();
    Referral referral = authority.require(CaseAction.ADD_CASE_NOTE, reference);
    // Once consent is withdrawn nothing more is recorded about the person.
    if (progress.reachedOn(referral.getId(), Milestone.CONSENT_WITHDRAWN).isPresent()) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", "The person withdrew their consent:"
          + " no more notes can be added to referral " + reference + "."));
    }
    try {
      CaseNote added = transaction.execute(status -> notes.add(referral, FormInput.of(body), userId));
      return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("message", "Note added to referral " + reference
          + (added.isSharedWithPractitioner() ? ", shared with the practitioner." : ".")));
    } catch (FormRejectedException rejected) {
      return ResponseEntity.badRequest().body(Map.of("message", rejected.getMessage(),
          "problems", rejected.problems()));
    }
  }
}
