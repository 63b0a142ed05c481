package org.ohtpathway.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.access.CaseActionRefused;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.form.FormRejectedException;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.referral.ReferralSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The actions staff take from a case view. Each is asked of {@link CaseAuthority} (a refusal is
 * audited at once, an allowed action once it is done), must be confirmed by the user after
 * being shown whose case it is (the person's name, CRN and reference), and runs in one
 * transaction: a refused form records nothing and names the field to correct.
 */
@RestController
class CaseActionController {

  private final CaseActions actions;
  private final ReferralService referrals;
  private final CaseProgress progress;
  private final CaseAuthority authority;
  private final IdentityService identity;

  CaseActionController(CaseActions actions, ReferralService referrals, CaseProgress progress,
      CaseAuthority authority, IdentityService identity) {
    this.actions = actions;
    this.referrals = referrals;
    this.progress = progress;
    this.authority = authority;
    this.identity = identity;
  }

  /** The actions the logged-in user may take on the case now, each with its form and confirmation. */
  @GetMapping("/api/cases/{reference}/actions")
  ResponseEntity<Object> actionsOf(@PathVariable String reference) {
    Referral referral = authority.require(CaseAction.VIEW_CASE, reference);
    ReferralProgress now = progress.get(referral.getId());
    List<CaseActionForm> allowed = actions.all().stream()
        .filter(form -> form.appliesTo(now) && authority.decide(form.action(), referral).allowed())
        .toList();
    // Every confirmation names the same person: read them once, not once per action.
    ReferralSummary person = allowed.isEmpty() ? null : referrals.summary(referral.getId());
    return ResponseEntity.ok(allowed.stream()
        .map(form -> {
          Map<String, Object> shown = new LinkedHashMap<>();
          shown.put("id", form.id());
          shown.put("label", form.label());
          shown.put("confirmation", confirmation(form, referral, person));
          shown.put("fields", form.fields(referral));
          return shown;
        }).toList());
  }

  /** Takes an action; the body holds its fields and {@code confirmed: true}. */
  @PostMapping("/api/cases/{reference}/actions/{id}")
  ResponseEntity<Object> take(@PathVariable String reference, @PathVariable String id,
      @RequestBody Map<String, Object> body) {
    Optional<CaseActionForm> form = actions.find(id);
    if (form.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "There is no case action '"
          + id.replaceAll("[^A-Za-z0-9-]", "") + "'."));
    }
    Referral referral = authority.named(reference, form.get().action());
    authority.require(CaseAction.VIEW_CASE, referral);
    CaseAuthority.Decision decision = authority.decide(form.get().action(), referral);
    if (!decision.allowed()) {
      authority.auditDecision(form.get().action(), reference, decision);
      throw new CaseActionRefused(decision.reason());
    }
    if (!form.get().appliesTo(progress.get(referral.getId()))) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message",
          "'" + form.get().label() + "' cannot be taken on referral " + reference + " as it stands now."));
    }
    if (!Boolean.TRUE.equals(body.get("confirmed"))) {
      return ResponseEntity.badRequest().body(Map.of("message", "Please correct the form: Confirm: "
          + confirmation(form.get(), referral) + " Tick the box to confirm.", "field", "confirmed"));
    }
    Map<String, Object> values = new LinkedHashMap<>(body);
    values.remove("confirmed");
    String actor = identity.getCurrentAuthentication().getUserId();
    try {
      String done = actions.take(form.get(), referral, values, actor);
      // Written once the action is done: a refused form or a case that moved on records no action.
      authority.auditDecision(form.get().action(), reference, decision);
      return ResponseEntity.ok(Map.of("message", done));
    } catch (FormRejectedException rejected) {
      return ResponseEntity.badRequest().body(Map.of("message", rejected.getMessage(),
          "problems", rejected.problems()));
    }
  }

  private String confirmation(CaseActionForm form, Referral referral) {
    return confirmation(form, referral, referrals.summary(referral.getId()));
  }

  private static String confirmation(CaseActionForm form, Referral referral, ReferralSummary person) {
    return form.label() + ": referral " + referral.getReference() + " of " + person.personName() + " (CRN "
        + person.crn() + ").";
  }
}
