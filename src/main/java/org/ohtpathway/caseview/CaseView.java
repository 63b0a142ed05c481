package org.ohtpathway.caseview;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.appointment.AppointmentService;
import org.ohtpathway.assessment.AssessmentService;
import org.ohtpathway.exit.ExitService;
import org.ohtpathway.plan.Goal;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.plan.PlanVersion;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.progress.ReachedMilestone;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.referral.Person;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.session.GoalProgress;
import org.ohtpathway.session.SessionService;
import org.ohtpathway.session.SupportSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as the logged-in user may see it: where it stands (from the one read model), what is
 * due next (from the engine), its milestones, and the timeline every stage contributes, each
 * entry kept only for the audiences {@link CaseAuthority#audiencesFor} gives this user. Whose
 * case it is is shown only to those {@link CaseAuthority#maySeePerson} names; the plan's goals
 * and the entry measures only to those who see the health record.
 */
@Service
@Transactional(readOnly = true)
public class CaseView {

  private final List<CaseStage> stages;
  private final CaseProgress progress;
  private final CaseAuthority authority;
  private final ReferralService referrals;
  private final PlanService plans;
  private final SessionService sessions;
  private final AssessmentService assessments;
  private final ExitService exits;
  private final NextSteps nextSteps;
  private final StaffNames names;
  private final AppointmentService appointments;

  CaseView(List<CaseStage> stages, CaseProgress progress, CaseAuthority authority, ReferralService referrals,
      PlanService plans, SessionService sessions, AssessmentService assessments, ExitService exits,
      NextSteps nextSteps, StaffNames names, AppointmentService appointments) {
    this.appointments = appointments;
    this.names = names;
    this.stages = stages;
    this.progress = progress;
    this.authority = authority;
    this.referrals = referrals;
    this.plans = plans;
    this.sessions = sessions;
    this.assessments = assessments;
    this.exits = exits;
    this.nextSteps = nextSteps;
  }

  /** The case view of a referral the caller may open (the caller has asked the authority). */
  public Map<String, Object> of(Referral referral) {
    Long id = referral.getId();
    ReferralProgress now = progress.get(id);
    Set<Audience> audiences = authority.audiencesFor(referral);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("reference", now.getReference());
    if (authority.maySeePerson(now)) {
      Person person = referrals.get(id).getPerson();
      view.put("person", Map.of("name", person.getName(), "crn", person.getCrn() == null ? "removed" : person.getCrn()));
    }
    view.put("stage", now.getStage().label());
    view.put("stageCode", now.getStage().name());
    view.put("receivedOn", now.getReceivedOn());
    view.put("priority", now.getPriority() == null ? null
        : org.ohtpathway.allocation.Priority.valueOf(now.getPriority()).label());
    view.put("trainer", now.getTrainerId());
    view.put("practitioner", now.getPractitionerId());
    Map<String, String> staff = names.of(java.util.Arrays.asList(now.getTrainerId(), now.getPractitionerId()));
    view.put("trainerName", staff.get(now.getTrainerId()));
    view.put("practitionerName", staff.get(now.getPractitionerId()));
    view.put("endState", now.getEndState() == null ? null : now.getEndState().name());
    view.put("endedOn", now.getEndedOn());
    view.put("onHold", now.isOnHold());
    view.put("lookAgainOn", now.getLookAgainOn());
    view.put("sessionsAttended", now.getSessionsAttended());
    view.put("nextAppointment", now.isOpen() ? nextAppointment(id, audiences) : null);
    view.put("nextSteps", now.isOpen() ? nextSteps.of(now.getProcessInstanceId()) : List.of());
    Map<Milestone, ReachedMilestone> reachedMilestones = progress.milestonesOf(id);
    view.put("milestones", reachedMilestones.values().stream().map(reached -> {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("milestone", reached.getMilestone().name());
      shown.put("label", reached.getMilestone().label());
      shown.put("on", reached.getReachedOn());
      shown.put("by", reached.getRecordedBy());
      return shown;
    }).toList());
    if (audiences.contains(Audience.HEALTH)) {
      view.put("goals", goals(id));
      plan(id).ifPresent(plan -> view.put("plan", plan));
      assessments.assessmentOf(id).ifPresent(assessment ->
          view.put("entryMeasures", AssessmentService.entryMeasures(assessment)));
    }
    if (seesExitSummary(now, audiences) && reachedMilestones.containsKey(Milestone.EXIT_SUMMARY_WRITTEN)) {
      exits.summaryOf(id).ifPresent(summary -> view.put("exitSummary", Map.of("text", summary.getSummary(),
          "by", summary.getRecordedBy(), "at", summary.getRecordedAt())));
    }
    view.put("timeline", timeline(id, audiences));
    boolean mayNote = authority.decide(CaseAction.ADD_CASE_NOTE, referral).allowed();
    view.put("mayAddNote", mayNote && !reachedMilestones.containsKey(Milestone.CONSENT_WITHDRAWN));
    view.put("mayShareNote", mayNote && referrals.consent(id).isShareProgressWithProbation());
    return view;
  }

  /**
   * The exit summary is written for the practitioner, who keeps a lasting view of it; the health
   * side that wrote it sees it too. Managers and safeguarding leads do not: it may speak of health.
   */
  private boolean seesExitSummary(ReferralProgress now, Set<Audience> audiences) {
    return audiences.contains(Audience.HEALTH) || audiences.contains(Audience.NOTE)
        || audiences.contains(Audience.PROGRESS) && authority.maySeePerson(now)
        && !audiences.contains(Audience.SAFEGUARDING);
  }

  /** Every stage's entries this user may see, in one list by date (then by when recorded). */
  List<Map<String, Object>> timeline(Long referralId, Set<Audience> audiences) {
    return stages.stream().flatMap(stage -> stage.timeline(referralId).stream())
        .filter(entry -> audiences.contains(entry.audience()))
        .sorted(Comparator.comparing(TimelineEntry::on)
            .thenComparing(TimelineEntry::recordedAt, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(entry -> {
          Map<String, Object> shown = new LinkedHashMap<>();
          shown.put("on", entry.on());
          shown.put("title", entry.title());
          shown.put("detail", entry.detail());
          shown.put("by", entry.by());
          shown.put("audience", entry.audience().name());
          return shown;
        }).toList();
  }

  /**
   * The booked appointment: when and where for everyone who follows the case; the venue's
   * address too for those who see how the service runs it.
   */
  private Map<String, Object> nextAppointment(Long referralId, Set<Audience> audiences) {
    return appointments.booked(referralId).map(booked -> {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("on", booked.getSlot().onDate());
      shown.put("startsAt", booked.getSlot().startsAt().toString());
      shown.put("when", AppointmentService.when(booked.getSlot()));
      shown.put("where", audiences.contains(Audience.OPERATIONAL) ? appointments.location(booked.getSlot())
          : appointments.where(booked.getSlot()));
      return shown;
    }).orElse(null);
  }

  /**
   * Which version of the plan is in force and that earlier ones are kept (who made each and when;
   * the timeline says what each changed), and the goals it closed.
   */
  private java.util.Optional<Map<String, Object>> plan(Long referralId) {
    List<PlanVersion> versions = plans.versionsOf(referralId);
    if (versions.isEmpty()) {
      return java.util.Optional.empty();
    }
    PlanVersion current = versions.get(versions.size() - 1);
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("version", current.number());
    plan.put("versions", versions.stream().map(version -> {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("version", version.number());
      shown.put("on", version.on());
      shown.put("by", version.by());
      shown.put("what", version.isAgreement() ? "agreed" : "revised");
      return shown;
    }).toList());
    plan.put("closedGoals", current.goals().stream().filter(goal -> !goal.isOpen()).map(goal -> {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("number", goal.getNumber());
      shown.put("topic", goal.getTopic().label());
      shown.put("goal", goal.getDescription());
      shown.put("closedOn", goal.getClosedOn());
      shown.put("closedAs", goal.closedAs());
      return shown;
    }).toList());
    return java.util.Optional.of(plan);
  }

  /** The plan's open goals (its current version's), each with the progress recorded at its latest session. */
  private List<Map<String, Object>> goals(Long referralId) {
    List<SupportSession> held = sessions.sessionsOf(referralId);
    return plans.goalsOf(referralId).stream().map(goal -> {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("number", goal.getNumber());
      shown.put("topic", goal.getTopic().label());
      shown.put("goal", goal.getDescription());
      shown.put("steps", goal.getSteps());
      shown.put("targetDate", goal.getTargetDate());
      latestProgress(held, goal).ifPresent(latest -> {
        shown.put("progress", latest.level() == null ? null : latest.level().label());
        shown.put("progressNote", latest.note());
      });
      return shown;
    }).toList();
  }

  private static java.util.Optional<GoalProgress> latestProgress(List<SupportSession> held, Goal goal) {
    for (int i = held.size() - 1; i >= 0; i--) {
      for (GoalProgress made : held.get(i).getProgress()) {
        if (made.goalNumber() == goal.getNumber()) {
          return java.util.Optional.of(made);
        }
      }
    }
    return java.util.Optional.empty();
  }
}
