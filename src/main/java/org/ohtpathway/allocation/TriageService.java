package org.ohtpathway.allocation;

import java.util.ArrayList;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.process.Actor;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.ohtpathway.referral.AmendmentService;
import org.ohtpathway.referral.HealthNeed;
import org.ohtpathway.referral.ReferralField;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Suggests a priority with the {@code Priority} decision table and records allocations. */
@Service
@Transactional
public class TriageService implements CaseStage {

  private final ReferralService referrals;
  private final DecisionService decisions;
  private final RepositoryService repository;
  private final PrioritySuggestionRepository suggestions;
  private final AllocationRepository allocations;
  private final CaseProgress progress;
  private final AmendmentService amendments;

  TriageService(ReferralService referrals, DecisionService decisions, RepositoryService repository,
      PrioritySuggestionRepository suggestions, AllocationRepository allocations, CaseProgress progress,
      AmendmentService amendments) {
    this.amendments = amendments;
    this.referrals = referrals;
    this.decisions = decisions;
    this.repository = repository;
    this.suggestions = suggestions;
    this.allocations = allocations;
    this.progress = progress;
  }

  public PrioritySuggestion suggestPriority(Long referralId) {
    DecisionDefinition table = AsSystem.call(() -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(PathwayModel.DECISION_PRIORITY).latestVersion().singleResult());
    DmnDecisionResultEntries result = AsSystem.call(() -> decisions.evaluateDecisionById(table.getId())
        .variables(facts(referrals.get(referralId), ServiceClock.today()))
        .evaluate()
        .getSingleResult());
    Priority priority = Priority.valueOf(result.getEntry("priority"));
    return suggestions.save(new PrioritySuggestion(referralId, priority, result.getEntry("reason"),
        table.getId(), Actor.current(), ServiceClock.now()));
  }

  /** The amendable details that {@link #facts} reads. */
  static final Set<ReferralField> INPUTS = EnumSet.of(ReferralField.RELEASE_DATE, ReferralField.PRESENTING_NEEDS,
      ReferralField.RISK_TO_SELF);

  /**
   * {@code ServiceTask_SuggestPriorityAgain}: when the latest amendment changed an input of the
   * table, suggests a priority again and writes the outcome to the change log. Once allocated,
   * a different priority becomes the case's (returned, for the tasks' priority); before
   * triage it is the coordinator's new suggestion.
   */
  public Optional<Priority> checkAgain(Long referralId) {
    if (Collections.disjoint(amendments.changedByLatestAmendment(referralId), INPUTS)) {
      return Optional.empty();
    }
    Priority suggested = suggestPriority(referralId).getPriority();
    var now = progress.get(referralId);
    Priority before = now.getPriority() == null ? null : Priority.valueOf(now.getPriority());
    if (now.getTrainerId() == null) {
      amendments.recordOutcome(referralId, ReferralField.PRIORITY, null, "priority suggested now " + suggested.label());
      return Optional.empty();
    }
    if (suggested == before) {
      amendments.recordOutcome(referralId, ReferralField.PRIORITY, before.label(), "priority still " + suggested.label());
      return Optional.empty();
    }
    amendments.recordOutcome(referralId, ReferralField.PRIORITY, before == null ? null : before.label(),
        "priority now " + suggested.label());
    progress.allocated(referralId, now.getTrainerId(), suggested.name());
    return Optional.of(suggested);
  }

  /**
   * Reallocates the case to another trainer: a new allocation (the earlier ones stay, in order,
   * the latest standing) with the case's priority and the coordinator's reason.
   */
  public Allocation reallocate(Long referralId, String trainerId, String reason, String coordinator) {
    var now = progress.get(referralId);
    Priority priority = now.getPriority() == null ? Priority.ROUTINE : Priority.valueOf(now.getPriority());
    Allocation allocation = allocations.save(new Allocation(referralId, priority, trainerId, reason, coordinator,
        ServiceClock.now()));
    progress.allocated(referralId, trainerId, priority.name());
    return allocation;
  }

  /** The inputs of the priority table, as of {@code today}. */
  static VariableMap facts(Referral referral, LocalDate today) {
    LocalDate release = referral.getReleaseDate();
    return Variables.createVariables()
        .putValue("releasingFromCustody", release != null)
        .putValue("daysUntilRelease", release == null ? null : (int) ChronoUnit.DAYS.between(today, release))
        .putValue("registeredWithGp", referral.getRegisteredWithGp().name())
        .putValue("longTermCondition", referral.getPresentingNeeds().contains(HealthNeed.LONG_TERM_CONDITION))
        .putValue("riskToSelf", referral.getRiskToSelf().name())
        .putValue("numberOfNeeds", referral.getPresentingNeeds().size());
  }

  @Transactional(readOnly = true)
  public Optional<PrioritySuggestion> suggestionFor(Long referralId) {
    return suggestions.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }

  public Allocation allocate(Long referralId, Priority priority, String trainerId, String note,
      String coordinator) {
    Allocation allocation = allocations.save(new Allocation(referralId, priority, trainerId, note, coordinator,
        ServiceClock.now()));
    progress.reached(referralId, Milestone.ALLOCATED, ServiceClock.today(), coordinator);
    progress.allocated(referralId, trainerId, priority.name());
    return allocation;
  }

  /** Each allocation; a later one says whom the case moved from, as the service runs it. */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    List<TimelineEntry> entries = new ArrayList<>();
    String before = null;
    for (Allocation allocation : allocationsOf(referralId)) {
      LocalDate on = LocalDate.ofInstant(allocation.getRecordedAt(), ServiceClock.SERVICE_ZONE);
      String title = before == null
          ? "Allocated to " + allocation.getTrainerId() + " (priority " + allocation.getPriority().label() + ")"
          : "Reallocated from " + before + " to " + allocation.getTrainerId();
      entries.add(TimelineEntry.of(on, allocation.getRecordedAt(), title, allocation.getRecordedBy(),
          Audience.OPERATIONAL));
      before = allocation.getTrainerId();
    }
    return entries;
  }

  /** Keeps who was allocated and when; drops the reasons and notes, which may be about health. */
  @Override
  public void minimise(Long referralId) {
    suggestions.findByReferralId(referralId).forEach(PrioritySuggestion::minimise);
    allocations.findByReferralIdOrderByRecordedAtAsc(referralId).forEach(Allocation::minimise);
  }

  @Transactional(readOnly = true)
  public List<Allocation> allocationsOf(Long referralId) {
    return allocations.findByReferralIdOrderByRecordedAtAsc(referralId);
  }
}
