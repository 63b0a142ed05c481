package org.ohtpathway.record;

import org.ohtpathway.form.ShownDates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ohtpathway.allocation.Allocation;
import org.ohtpathway.allocation.TriageService;
import org.ohtpathway.assessment.Assessment;
import org.ohtpathway.assessment.AssessmentService;
import org.ohtpathway.contact.ContactAttempt;
import org.ohtpathway.contact.ContactService;
import org.ohtpathway.eligibility.EligibilityService;
import org.ohtpathway.exit.Exit;
import org.ohtpathway.exit.ExitService;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.plan.Goal;
import org.ohtpathway.plan.PlanVersion;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.referral.Person;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.review.ReviewService;
import org.ohtpathway.safeguarding.SafeguardingService;
import org.ohtpathway.session.SessionService;
import org.ohtpathway.session.SupportSession;
import org.ohtpathway.signposting.SignpostingService;
import org.ohtpathway.withdrawal.WithdrawalService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A referral as the application shows it: its progress, or its whole health record. */
@Service
@Transactional(readOnly = true)
public class ReferralRecords {

  private final ReferralService referrals;
  private final EligibilityService eligibility;
  private final TriageService triage;
  private final ContactService contact;
  private final AssessmentService assessments;
  private final PlanService plans;
  private final SessionService sessions;
  private final SignpostingService signposting;
  private final ReviewService reviews;
  private final ExitService exits;
  private final WithdrawalService withdrawals;
  private final SafeguardingService safeguarding;
  private final CaseProgress progress;

  ReferralRecords(ReferralService referrals, EligibilityService eligibility, TriageService triage,
      ContactService contact, AssessmentService assessments, PlanService plans, SessionService sessions,
      SignpostingService signposting, ReviewService reviews, ExitService exits, WithdrawalService withdrawals,
      SafeguardingService safeguarding, CaseProgress progress) {
    this.referrals = referrals;
    this.eligibility = eligibility;
    this.triage = triage;
    this.contact = contact;
    this.assessments = assessments;
    this.plans = plans;
    this.sessions = sessions;
    this.signposting = signposting;
    this.reviews = reviews;
    this.exits = exits;
    this.withdrawals = withdrawals;
    this.safeguarding = safeguarding;
    this.progress = progress;
  }

  /** Milestones, end state and exit summary: what probation sees; no health detail. */
  public Map<String, Object> progress(Referral referral) {
    Long id = referral.getId();
    ReferralProgress now = progress.get(id);
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("reference", now.getReference());
    shown.put("referredOn", referral.getRecordedAt());
    shown.put("referredBy", referral.getRecordedBy());
    shown.put("practitioner", now.getPractitionerId());
    shown.put("stage", now.getStage().label());
    shown.put("healthTrainer", now.getTrainerId());
    shown.put("onHold", now.isOnHold());
    List<Map<String, Object>> milestones = new ArrayList<>();
    progress.milestonesOf(id).values().forEach(reached -> milestones.add(Map.of(
        "milestone", reached.getMilestone().name(), "label", reached.getMilestone().label(),
        "on", reached.getReachedOn())));
    shown.put("milestones", milestones);
    shown.put("sessionsAttended", now.getSessionsAttended());
    exits.summaryOf(id).ifPresent(summary -> shown.put("exitSummary", summary.getSummary()));
    shown.put("endState", now.getEndState() == null ? null : now.getEndState().name());
    shown.put("endedOn", now.getEndedOn());
    return shown;
  }

  /** Everything recorded about the person and their support. */
  public Map<String, Object> healthRecord(Referral found) {
    Long id = found.getId();
    Referral referral = referrals.get(id);
    Person person = referral.getPerson();
    Map<String, Object> record = new LinkedHashMap<>(progress(referral));
    Map<String, Object> who = new LinkedHashMap<>();
    who.put("name", person.getName());
    who.put("crn", person.getCrn());
    who.put("dateOfBirth", person.getDateOfBirth());
    who.put("sex", person.getSex());
    who.put("phone", person.getPhone());
    who.put("email", person.getEmail());
    who.put("postcode", person.getPostcode());
    record.put("person", who);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("supervisionType", referral.getSupervisionType());
    details.put("supervisionEndDate", referral.getSupervisionEndDate());
    details.put("presentingNeeds", referral.getPresentingNeeds());
    details.put("registeredWithGp", referral.getRegisteredWithGp());
    details.put("riskToOthers", referral.getRiskToOthers());
    details.put("riskToSelf", referral.getRiskToSelf());
    details.put("loneWorkingCautions", referral.getLoneWorkingCautions());
    details.put("reason", referral.getReason());
    record.put("referral", details);
    assessments.assessmentOf(id).ifPresent(assessment -> record.put("assessment", assessment(assessment)));
    plans.planFor(id).ifPresent(plan -> {
      record.put("planVersion", plan.getCurrentVersion());
      record.put("goals", goals(plan.currentGoals()));
      record.put("planVersions", plans.versionsOf(id).stream().map(ReferralRecords::planVersion).toList());
    });
    record.put("sessions", sessions.sessionsOf(id).stream().map(ReferralRecords::session).toList());
    record.put("onwardReferrals", signposting.onwardReferralsOf(id).stream().map(onward -> Map.of(
        "description", onward.describe(),
        "followUps", signposting.followUpsOf(onward.getId()).stream()
            .map(followUp -> followUp.getOutcome().label() + " (" + ShownDates.day(followUp.getFollowedUpOn()) + ")").toList())).toList());
    record.put("reviews", reviews.reviewsOf(id).stream().map(review -> Map.of(
        "kind", review.getKind().label(), "on", review.getReviewedOn(), "decision", review.getDecision().label())).toList());
    exits.exitOf(id).ifPresent(exit -> record.put("exit", exit(exit)));
    record.put("safeguardingConcerns", safeguarding.concernsAbout(id).stream().map(concern -> Map.of(
        "raisedOn", concern.getRecordedAt(), "source", concern.getSource().label(),
        "description", concern.getDescription())).toList());
    return record;
  }

  private static Map<String, Object> assessment(Assessment assessment) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("assessedOn", assessment.getAssessedOn());
    map.put("topicsToWorkOn", assessment.getTopicsToWorkOn());
    map.put("smokingStatus", assessment.getSmokingStatus());
    map.put("auditCScore", assessment.getAuditC().score());
    map.put("drugUse", assessment.getDrugUse());
    map.put("swemwbsRawScore", assessment.getSwemwbs().rawScore());
    map.put("gpRegistered", assessment.isGpRegistered());
    map.put("dentistRegistered", assessment.isDentistRegistered());
    map.put("readinessToChange", assessment.getReadinessToChange());
    map.put("confidenceToChange", assessment.getConfidenceToChange());
    map.put("notes", assessment.getNotes());
    return map;
  }

  /** A version's goals, open and closed. */
  private static List<Map<String, Object>> goals(List<Goal> goals) {
    return goals.stream().map(goal -> {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("number", goal.getNumber());
      map.put("topic", goal.getTopic());
      map.put("goal", goal.getDescription());
      map.put("steps", goal.getSteps());
      map.put("targetDate", goal.getTargetDate());
      map.put("open", goal.isOpen());
      if (!goal.isOpen()) {
        map.put("closedOn", goal.getClosedOn());
        map.put("closedReason", goal.getClosedReason());
        map.put("closedReasonOther", goal.getClosedReasonOther());
      }
      return map;
    }).toList();
  }

  private static Map<String, Object> planVersion(PlanVersion version) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("version", version.number());
    map.put("on", version.on());
    map.put("by", version.by());
    map.put("why", version.why());
    map.put("goals", goals(version.goals()));
    return map;
  }

  private static Map<String, Object> session(SupportSession session) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("number", session.getNumber());
    map.put("date", session.getSessionDate());
    map.put("attendance", session.getAttendance());
    map.put("notes", session.getNotes());
    return map;
  }

  private static Map<String, Object> exit(Exit exit) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("exitedOn", exit.getExitedOn());
    map.put("reason", exit.getReason());
    map.put("goalAchievementScore", exit.getGoalAchievementScore());
    map.put("swemwbsRawScore", exit.getSwemwbs() == null ? null : exit.getSwemwbs().rawScore());
    map.put("measuresNotCollected", exit.getMeasuresNotCollected());
    map.put("feedback", exit.getFeedback());
    return map;
  }

  /** The referrals a practitioner holds now (made by them, or transferred to them), newest first; at most 100. */
  public List<Referral> heldBy(String practitioner) {
    return progress.caseload(CaseProgress.Caseload.PRACTITIONER, practitioner, 100).stream()
        .map(held -> referrals.get(held.getReferralId())).toList();
  }
}
