package org.ohtpathway.plan;

import org.ohtpathway.appointment.AppointmentService;
import org.ohtpathway.appointment.Slot;
import org.ohtpathway.form.ShownDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ohtpathway.form.FormRejectedException;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.progress.TimelineEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal health plan: agreed once (version 1), revised at reviews (each revision the next
 * version, the earlier ones kept). What the plan's goals are now is read here by every stage
 * that shows or rates them: the current version's open goals ({@link #goalsOf}).
 */
@Service
@Transactional
public class PlanService implements CaseStage {

  private final HealthPlanRepository plans;
  private final PlanRevisionRepository revisions;
  private final CaseProgress progress;
  private final AppointmentService appointments;

  PlanService(HealthPlanRepository plans, PlanRevisionRepository revisions, CaseProgress progress,
      AppointmentService appointments) {
    this.appointments = appointments;
    this.plans = plans;
    this.revisions = revisions;
    this.progress = progress;
  }

  /** Agrees the plan and books its first appointment. */
  public HealthPlan agree(Long referralId, LocalDate agreedOn, int plannedSessions, List<GoalDetails> goals,
      Slot firstAppointment, String trainer) {
    HealthPlan plan = plans.save(new HealthPlan(referralId, agreedOn, plannedSessions, goals, trainer,
        ServiceClock.now()));
    progress.reached(referralId, Milestone.PLAN_AGREED, agreedOn, trainer);
    appointments.book(referralId, firstAppointment, trainer);
    return plan;
  }

  // revising //////////////////////////////////////////////////////////////

  /**
   * What is wrong with a revision of the referral's plan, each worded for staff at the field
   * concerned: a goal named that is not one of this plan's (whatever another referral's plan
   * holds), or one closed already; a goal changed without its wording, steps or target date; a
   * target date set that is in the past or not after the review; a goal closed without saying
   * why; any change without saying why the plan was revised. A revision that changes nothing has
   * no problems. The date-relative rule waits for the revision's date when it is missing.
   */
  @Transactional(readOnly = true)
  public List<PlanRevisionRequest.Problem> problems(Long referralId, PlanRevisionRequest revision) {
    List<PlanRevisionRequest.Problem> problems = new ArrayList<>();
    Optional<HealthPlan> found = planFor(referralId);
    if (found.isEmpty()) {
      if (!revision.goals().isEmpty() || !revision.added().isEmpty()) {
        problems.add(new PlanRevisionRequest.Problem("Goals", "no plan has been agreed yet, so there is none to"
            + " revise."));
      }
      return problems;
    }
    Map<Integer, Goal> current = byNumber(found.get().currentGoals());
    Set<Integer> seen = new HashSet<>();
    boolean changes = !revision.added().isEmpty();
    for (GoalRevision asSent : revision.goals()) {
      String label = "Goal " + asSent.goalNumber();
      Goal goal = current.get(asSent.goalNumber());
      if (goal == null) {
        problems.add(new PlanRevisionRequest.Problem(label, "is not one of the goals of this person's plan"
            + " (open the review again to see them)."));
        continue;
      }
      if (!seen.add(asSent.goalNumber())) {
        problems.add(new PlanRevisionRequest.Problem(label, "is sent twice: change each goal once."));
        continue;
      }
      boolean changed = goal.differsFrom(asSent);
      if (!goal.isOpen()) {
        if (changed || asSent.close()) {
          problems.add(new PlanRevisionRequest.Problem(label, "was closed at an earlier review (" + goal.closedAs()
              + "): it cannot be changed or closed again. Add a new goal instead."));
        }
        continue;
      }
      changes |= changed || asSent.close();
      if (changed) {
        required(problems, label + ", goal", asSent.description());
        required(problems, label + ", steps", asSent.steps());
        required(problems, label + ", target date", asSent.targetDate());
        if (asSent.targetDate() != null && !asSent.targetDate().equals(goal.getTargetDate())) {
          targetDate(problems, label + ", target date", asSent.targetDate(), revision.revisedOn());
        }
      }
      if (asSent.close()) {
        required(problems, label + ", why it is closed", asSent.closure());
        if (asSent.closure() == GoalClosure.OTHER) {
          required(problems, label + ", other reason", asSent.closureOther());
        }
      }
    }
    for (int i = 0; i < revision.added().size(); i++) {
      GoalDetails added = revision.added().get(i);
      if (added.targetDate() != null) {
        targetDate(problems, "New goal " + (i + 1) + ", target date", added.targetDate(), revision.revisedOn());
      }
    }
    if (changes) {
      required(problems, "Why the plan was revised", revision.reason());
    }
    return problems;
  }

  private static void required(List<PlanRevisionRequest.Problem> problems, String label, Object value) {
    if (value == null || value instanceof String text && text.isBlank()) {
      problems.add(new PlanRevisionRequest.Problem(label, "is required."));
    }
  }

  private static void targetDate(List<PlanRevisionRequest.Problem> problems, String label, LocalDate target,
      LocalDate revisedOn) {
    if (target.isBefore(ServiceClock.today())) {
      problems.add(new PlanRevisionRequest.Problem(label, "cannot be in the past."));
    } else if (revisedOn != null && !target.isAfter(revisedOn)) {
      problems.add(new PlanRevisionRequest.Problem(label, "must be after the date of the review."));
    }
  }

  /** Whether the revision changes the plan at all (a goal changed, closed or added). */
  @Transactional(readOnly = true)
  public boolean changes(Long referralId, PlanRevisionRequest revision) {
    if (!revision.added().isEmpty()) {
      return true;
    }
    Map<Integer, Goal> current = planFor(referralId).map(plan -> byNumber(plan.openGoals())).orElse(Map.of());
    return revision.goals().stream().anyMatch(asSent -> {
      Goal goal = current.get(asSent.goalNumber());
      return goal != null && (asSent.close() || goal.differsFrom(asSent));
    });
  }

  /** How many goals would be open once the revision is made. */
  @Transactional(readOnly = true)
  public int openGoalsAfter(Long referralId, PlanRevisionRequest revision) {
    Set<Integer> closing = revision.goals().stream().filter(GoalRevision::close).map(GoalRevision::goalNumber)
        .collect(Collectors.toSet());
    return (int) goalsOf(referralId).stream().filter(goal -> !closing.contains(goal.getNumber())).count()
        + revision.added().size();
  }

  /**
   * Revises the referral's plan at a review: makes its next version, with each goal changed,
   * closed or added as the revision says and the others as they were, and keeps the earlier
   * versions. A revision that changes nothing makes no version (empty). Refused, as a form is,
   * if it breaks a rule of {@link #problems}.
   */
  public Optional<PlanVersion> revise(Long referralId, PlanRevisionRequest revision, String trainer) {
    List<PlanRevisionRequest.Problem> problems = problems(referralId, revision);
    if (!problems.isEmpty()) {
      throw new FormRejectedException(problems.stream().map(p -> p.label() + ": " + p.message()).toList());
    }
    if (!changes(referralId, revision)) {
      return Optional.empty();
    }
    if (revision.revisedOn() == null) {
      throw new IllegalArgumentException("A revision of a plan needs the date of the review");
    }
    HealthPlan plan = planFor(referralId).orElseThrow();
    int version = plan.revise(revision);
    revisions.save(new PlanRevision(plan, version, revision.revisedOn(), revision.reason().trim(), trainer,
        ServiceClock.now()));
    return version(referralId, version);
  }

  // reading ///////////////////////////////////////////////////////////////

  @Transactional(readOnly = true)
  public Optional<HealthPlan> planFor(Long referralId) {
    return plans.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }

  /**
   * The goals being worked on: the open goals of the plan's current version. Sessions record
   * progress on these, the exit rates them, the case view shows them.
   */
  @Transactional(readOnly = true)
  public List<Goal> goalsOf(Long referralId) {
    return planFor(referralId).map(HealthPlan::openGoals).orElse(List.of());
  }

  /** The goals of the current version closed at a review, by number. */
  @Transactional(readOnly = true)
  public List<Goal> closedGoalsOf(Long referralId) {
    return planFor(referralId).map(plan -> plan.currentGoals().stream().filter(goal -> !goal.isOpen()).toList())
        .orElse(List.of());
  }

  /** Every version of the plan, the one agreed first, each with its goals as they stood. */
  @Transactional(readOnly = true)
  public List<PlanVersion> versionsOf(Long referralId) {
    return planFor(referralId).map(plan -> {
      List<PlanVersion> versions = new ArrayList<>();
      versions.add(new PlanVersion(1, plan.getAgreedOn(), plan.getRecordedBy(), plan.getRecordedAt(), null,
          plan.goalsOf(1)));
      for (PlanRevision revision : revisions.findByPlanOrderByVersionNumberAsc(plan)) {
        versions.add(new PlanVersion(revision.getVersionNumber(), revision.getRevisedOn(), revision.getRecordedBy(),
            revision.getRecordedAt(), revision.getReason(), plan.goalsOf(revision.getVersionNumber())));
      }
      return versions;
    }).orElse(List.of());
  }

  @Transactional(readOnly = true)
  public Optional<PlanVersion> version(Long referralId, int number) {
    return versionsOf(referralId).stream().filter(version -> version.number() == number).findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<PlanVersion> currentVersion(Long referralId) {
    List<PlanVersion> versions = versionsOf(referralId);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  /**
   * The plan's open goals as rows of a dynamic list on a later form (session progress, exit
   * achievement): the goal's number and text, plus the fields that form asks per goal.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> goalRows(Long referralId) {
    return goalsOf(referralId).stream()
        .map(goal -> Map.<String, Object>of(
            "goalNumber", goal.getNumber(),
            "goal", goal.getTopic().label() + ": " + goal.getDescription()))
        .toList();
  }

  // the case //////////////////////////////////////////////////////////////

  /** The plan as agreed, and each revision with what it changed: the Health Trainer's to see. */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    Optional<HealthPlan> found = planFor(referralId);
    if (found.isEmpty()) {
      return List.of();
    }
    HealthPlan plan = found.get();
    List<TimelineEntry> entries = new ArrayList<>();
    entries.add(TimelineEntry.of(plan.getAgreedOn(), plan.getRecordedAt(),
        "Personal health plan agreed: " + plan.getPlannedSessions() + " sessions planned", plan.getRecordedBy(),
        Audience.HEALTH).withDetail(plan.goalsOf(1).stream()
            .map(goal -> "Goal " + goal.getNumber() + " (" + goal.getTopic().label() + "): " + goal.getDescription()
                + ", by " + ShownDates.day(goal.getTargetDate()))
            .collect(Collectors.joining("; "))));
    for (PlanRevision revision : revisions.findByPlanOrderByVersionNumberAsc(plan)) {
      List<String> changed = plan.goalsOf(revision.getVersionNumber()).stream()
          .filter(goal -> goal.getChange() != null)
          .map(PlanService::describeChange)
          .collect(Collectors.toCollection(ArrayList::new));
      if (revision.getReason() != null) {
        changed.add("Why: " + revision.getReason());
      }
      entries.add(TimelineEntry.of(revision.getRevisedOn(), revision.getRecordedAt(),
          "Plan revised (version " + revision.getVersionNumber() + ")", revision.getRecordedBy(), Audience.HEALTH)
          .withDetail(changed.isEmpty() ? null : String.join("; ", changed)));
    }
    return entries;
  }

  private static String describeChange(Goal goal) {
    String goalText = " (" + goal.getTopic().label() + "): " + goal.getDescription();
    return switch (goal.getChange()) {
      case ADDED -> "Goal " + goal.getNumber() + " added" + goalText + ", by " + ShownDates.day(goal.getTargetDate());
      case CHANGED -> "Goal " + goal.getNumber() + " changed" + goalText + ", by " + ShownDates.day(goal.getTargetDate());
      case CLOSED -> "Goal " + goal.getNumber() + " closed (" + goal.closedAs() + ")" + goalText;
    };
  }

  @Override
  public void minimise(Long referralId) {
    plans.findByReferralId(referralId).forEach(plan -> {
      plan.minimise();
      revisions.findByPlanOrderByVersionNumberAsc(plan).forEach(PlanRevision::minimise);
    });
  }

  private static Map<Integer, Goal> byNumber(List<Goal> goals) {
    Map<Integer, Goal> byNumber = new LinkedHashMap<>();
    goals.forEach(goal -> byNumber.put(goal.getNumber(), goal));
    return byNumber;
  }
}
