package org.ohtpathway.eligibility;

import java.util.List;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.ohtpathway.process.Actor;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.ServiceClock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.ohtpathway.referral.AmendmentService;
import org.ohtpathway.referral.ReferralField;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides eligibility with the {@code Eligibility} decision table, which service designers
 * own. The table's inputs are computed here from the referral; only the outcome is stored.
 */
@Service
@Transactional
public class EligibilityService implements CaseStage {

  private final ReferralService referrals;
  private final DecisionService decisions;
  private final RepositoryService repository;
  private final EligibilityDecisionRepository decisionsMade;
  private final CaseProgress progress;
  private final AmendmentService amendments;

  EligibilityService(ReferralService referrals, DecisionService decisions,
      RepositoryService repository, EligibilityDecisionRepository decisionsMade, CaseProgress progress,
      AmendmentService amendments) {
    this.amendments = amendments;
    this.referrals = referrals;
    this.decisions = decisions;
    this.repository = repository;
    this.decisionsMade = decisionsMade;
    this.progress = progress;
  }

  public EligibilityDecision decide(Long referralId) {
    EligibilityTable.Outcome outcome = evaluate(referralId);
    boolean eligible = outcome.eligible();
    EligibilityDecision decision = decisionsMade.save(new EligibilityDecision(referralId, eligible,
        outcome.reasonCode(), outcome.tableId(), Actor.current(), ServiceClock.now()));
    progress.reached(referralId, eligible ? Milestone.ELIGIBLE : Milestone.NOT_ELIGIBLE, ServiceClock.today(),
        Actor.current());
    outcome.endState().ifPresent(end -> progress.ended(referralId, end, ServiceClock.today()));
    return decision;
  }

  /** What the table says of the referral as it stands today. */
  private EligibilityTable.Outcome evaluate(Long referralId) {
    EligibilityTable.Facts facts = EligibilityTable.Facts.of(referrals.get(referralId),
        referrals.consent(referralId), ServiceClock.today());
    return AsSystem.call(() -> EligibilityTable.evaluate(repository, decisions, facts));
  }

  /**
   * {@code ServiceTask_CheckEligibilityAgain}: when the latest amendment changed an input of the
   * table, evaluates it again and writes the outcome to the change log. The decision made at
   * referral stands: a referral that is no longer eligible is for its trainer and coordinator to
   * act on (end support early, withdraw), not for the table to end.
   */
  public void checkAgain(Long referralId) {
    if (Collections.disjoint(amendments.changedByLatestAmendment(referralId), INPUTS)) {
      return;
    }
    EligibilityTable.Outcome outcome = evaluate(referralId);
    amendments.recordOutcome(referralId, ReferralField.ELIGIBILITY, null, outcome.eligible() ? "still eligible"
        : "no longer eligible: " + IneligibilityReason.describe(outcome.reasonCode()));
  }

  /** The amendable details that {@link EligibilityTable.Facts#of} reads. */
  static final Set<ReferralField> INPUTS = EnumSet.of(ReferralField.POSTCODE, ReferralField.SUPERVISION_END_DATE);

  /** The decision, as the practitioner hears of it: eligible, or not and why. */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    return decisionsMade.findByReferralId(referralId).stream().map(decision -> {
      LocalDate on = LocalDate.ofInstant(decision.getRecordedAt(), ServiceClock.SERVICE_ZONE);
      TimelineEntry entry = TimelineEntry.of(on, decision.getRecordedAt(),
          decision.isEligible() ? "Eligible" : "Not eligible", decision.getRecordedBy(), Audience.PROGRESS);
      return decision.isEligible() || decision.getReasonCode() == null ? entry : entry.withDetail(decision.getReason());
    }).toList();
  }

  @Override
  public void minimise(Long referralId) {
    decisionsMade.findByReferralId(referralId).forEach(EligibilityDecision::minimise);
  }

  @Transactional(readOnly = true)
  public Optional<EligibilityDecision> decisionFor(Long referralId) {
    return decisionsMade.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }
}
