package org.ohtpathway.allocation;

import java.util.ArrayList;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.notification.CodedReasons;
import org.ohtpathway.notification.NotificationEvent;
import java.time.LocalDate;
import java.util.List;
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
 * Suggests a priority with the {@code Priority} decision table and records what triage decides:
 * an allocation, a question to the practitioner and its answer, or declining the referral.
 */
@Service
@Transactional
public class TriageService implements CaseStage, CodedReasons {

  private final ReferralService referrals;
  private final DecisionService decisions;
  private final RepositoryService repository;
  private final PrioritySuggestionRepository suggestions;
  private final AllocationRepository allocations;
  private final CaseProgress progress;
  private final AmendmentService amendments;
  private final TriageQuestionRepository questions;
  private final TriageDeclineRepository declines;

  TriageService(ReferralService referrals, DecisionService decisions, RepositoryService repository,
      PrioritySuggestionRepository suggestions, AllocationRepository allocations, CaseProgress progress,
      AmendmentService amendments, TriageQuestionRepository questions, TriageDeclineRepository declines) {
    this.amendments = amendments;
    this.questions = questions;
    this.declines = declines;
    this.referrals = referrals;
    this.decisions = decisions;
    this.repository = repository;
    this.suggestions = suggestions;
    this.allocations = allocations;
    this.progress = progress;
  }

  public PrioritySuggestion suggestPriority(Long referralId) {
    PriorityTable.Facts facts = PriorityTable.Facts.of(referrals.get(referralId), ServiceClock.today());
    PriorityTable.Suggestion suggested = AsSystem.call(() -> PriorityTable.evaluate(repository, decisions, facts));
    return suggestions.save(new PrioritySuggestion(referralId, suggested.priority(), suggested.reason(),
        suggested.tableId(), Actor.current(), ServiceClock.now()));
  }

  /** The amendable details that {@link PriorityTable.Facts#of} reads. */
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

  /**
   * The coordinator asks the practitioner for more information: the question waits for their
   * answer ({@code Task_AnswerTriageQuestion}), and the allocation clock stands still meanwhile.
   */
  public TriageQuestion ask(Long referralId, String question, String coordinator) {
    if (openQuestion(referralId).isPresent()) {
      throw new IllegalStateException("Referral " + referralId + " already has a question waiting for an answer");
    }
    return questions.save(new TriageQuestion(referralId, question, ServiceClock.today(), coordinator,
        ServiceClock.now()));
  }

  /** The practitioner answers the question that waits; triage opens again. */
  public TriageQuestion answer(Long referralId, String answer, String practitioner) {
    TriageQuestion question = openQuestion(referralId)
        .orElseThrow(() -> new IllegalStateException("Referral " + referralId + " has no question waiting"));
    question.answer(answer, practitioner, ServiceClock.now(), ServiceClock.today());
    return question;
  }

  @Transactional(readOnly = true)
  public Optional<TriageQuestion> openQuestion(Long referralId) {
    return questionsOf(referralId).stream().filter(question -> !question.isAnswered()).findFirst();
  }

  /** Every question asked at triage, in the order asked. */
  @Transactional(readOnly = true)
  public List<TriageQuestion> questionsOf(Long referralId) {
    return questions.findByReferralIdOrderByIdAsc(referralId);
  }

  /** The coordinator declines the referral: it ends, declined, at triage. */
  public TriageDecline decline(Long referralId, DeclineReason reason, String detail, String coordinator) {
    TriageDecline decline = declines.save(new TriageDecline(referralId, reason, detail, ServiceClock.today(),
        coordinator, ServiceClock.now()));
    progress.reached(referralId, Milestone.DECLINED_AT_TRIAGE, decline.getDeclinedOn(), coordinator);
    progress.ended(referralId, EndState.DECLINED, decline.getDeclinedOn());
    return decline;
  }

  @Transactional(readOnly = true)
  public Optional<TriageDecline> declineOf(Long referralId) {
    return declines.findFirstByReferralIdOrderByIdDesc(referralId);
  }

  /** The email that tells the practitioner a referral was declined names the reason's label, never its words. */
  @Override
  @Transactional(readOnly = true)
  public Optional<String> reasonFor(NotificationEvent event, Long referralId) {
    return event == NotificationEvent.DECLINED_AT_TRIAGE
        ? declineOf(referralId).map(decline -> decline.getReason().label()) : Optional.empty();
  }

  /**
   * Each allocation (a later one says whom the case moved from), as the service runs it; each
   * question and answer, for the practitioner and the coordinators; a decline and its reason,
   * for everyone who follows the case (the words of an "other" reason only for those who wrote
   * to each other).
   */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (TriageQuestion question : questionsOf(referralId)) {
      entries.add(TimelineEntry.of(question.getAskedOn(), question.getRecordedAt(),
          "Triage asked the practitioner for more information; allocation paused", question.getRecordedBy(),
          Audience.PRACTITIONER_EXCHANGE).withDetail(question.getQuestion()));
      if (question.isAnswered()) {
        entries.add(TimelineEntry.of(question.getAnsweredOn(), question.getAnsweredAt(),
            "The practitioner answered; triage opened again", question.getAnsweredBy(),
            Audience.PRACTITIONER_EXCHANGE).withDetail(question.getAnswer()));
      }
    }
    declineOf(referralId).ifPresent(decline -> {
      entries.add(TimelineEntry.of(decline.getDeclinedOn(), decline.getRecordedAt(),
          "Declined at triage: " + decline.getReason().label(), decline.getRecordedBy(), Audience.PROGRESS));
      if (decline.getReasonDetail() != null) {
        entries.add(TimelineEntry.of(decline.getDeclinedOn(), decline.getRecordedAt(), "Why it was declined",
            decline.getRecordedBy(), Audience.PRACTITIONER_EXCHANGE).withDetail(decline.getReasonDetail()));
      }
    });
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

  /**
   * Keeps who was allocated, asked, answered and declined, when, and the coded reasons; drops the
   * reasons' words, notes, questions and answers, which may be about health.
   */
  @Override
  public void minimise(Long referralId) {
    suggestions.findByReferralId(referralId).forEach(PrioritySuggestion::minimise);
    allocations.findByReferralIdOrderByRecordedAtAsc(referralId).forEach(Allocation::minimise);
    questionsOf(referralId).forEach(TriageQuestion::minimise);
    declineOf(referralId).ifPresent(TriageDecline::minimise);
  }

  @Transactional(readOnly = true)
  public List<Allocation> allocationsOf(Long referralId) {
    return allocations.findByReferralIdOrderByRecordedAtAsc(referralId);
  }
}
