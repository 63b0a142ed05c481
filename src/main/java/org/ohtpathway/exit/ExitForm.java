package org.ohtpathway.exit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.assessment.Assessment;
import org.ohtpathway.assessment.AssessmentService;
import org.ohtpathway.assessment.SmokingStatus;
import org.ohtpathway.assessment.Swemwbs;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.FormValues;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.plan.Goal;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.review.ReviewDecision;
import org.ohtpathway.review.ReviewKind;
import org.ohtpathway.review.ReviewService;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordExit}. Every exit asks for every measure; a measure that could not be
 * collected is marked so, with a reason, rather than left blank.
 */
@Component
class ExitForm implements TaskForm {

  private final ExitService exits;
  private final PlanService plans;
  private final ReviewService reviews;
  private final AssessmentService assessments;
  private final ReferralService referrals;

  ExitForm(ExitService exits, PlanService plans, ReviewService reviews, AssessmentService assessments,
      ReferralService referrals) {
    this.exits = exits;
    this.plans = plans;
    this.reviews = reviews;
    this.assessments = assessments;
    this.referrals = referrals;
  }

  @Override
  public String formId() {
    return "exit";
  }

  @Override
  public String workedBy() {
    return Groups.HEALTH_TRAINERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Long referralId = scope.referralId();
    Map<String, Object> context = new LinkedHashMap<>(referrals.summary(referralId).asFormContext());
    context.put("goalOutcomes", FormValues.json(plans.goalRows(referralId)));
    List<Goal> closed = plans.closedGoalsOf(referralId);
    if (!closed.isEmpty()) {
      context.put("goalsClosedAtReview", closed.stream().map(goal -> "Goal " + goal.getNumber() + " ("
          + goal.getTopic().label() + "): " + goal.getDescription() + ", closed on " + ShownDates.day(goal.getClosedOn()) + " ("
          + goal.closedAs() + ")" + (goal.getClosedReason().countsAsAchieved() ? ": counted as achieved."
              : ": not rated."))
          .collect(java.util.stream.Collectors.joining("\n")));
    }
    context.put("entryMeasures", assessments.assessmentOf(referralId).map(ExitForm::entryMeasures)
        .orElse("No assessment was recorded."));
    reviews.latestReview(referralId)
        .filter(review -> review.getKind() == ReviewKind.DISENGAGEMENT
            && review.getDecision() == ReviewDecision.EXIT)
        .ifPresent(review -> context.put("exitReason", ExitReason.NOT_ENGAGED.name()));
    exits.supportEndingOf(referralId).ifPresent(ending -> {
      context.put("exitReason", ending.getReason().exitReason().name());
      context.put("exitedOn", ending.getEndedOn().toString());
      if (ending.getReasonOther() != null) {
        context.put("exitReasonOther", ending.getReasonOther());
      }
    });
    return context;
  }

  private static String entryMeasures(Assessment assessment) {
    return "At assessment on " + ShownDates.day(assessment.getAssessedOn()) + ": wellbeing (SWEMWBS) "
        + assessment.getSwemwbs().rawScore() + " of 35; confidence to change "
        + assessment.getConfidenceToChange() + " of 10; GP: "
        + (assessment.isGpRegistered() ? "registered" : "not registered") + "; dentist: "
        + (assessment.isDentistRegistered() ? "registered" : "not registered") + "; smoking: "
        + assessment.getSmokingStatus().label() + ".";
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    Long referralId = scope.referralId();
    LocalDate exitedOn = in.requiredDate("exitedOn", "Date of exit");
    if (exitedOn != null) {
      in.check(!exitedOn.isAfter(scope.today()), "Date of exit", "cannot be in the future.");
      assessments.assessmentOf(referralId).map(Assessment::getAssessedOn).ifPresent(assessed ->
          in.check(!exitedOn.isBefore(assessed), "Date of exit",
              "cannot be before the assessment (" + ShownDates.day(assessed) + ")."));
    }
    ExitReason reason = in.code("exitReason", "Reason for exit", ExitReason.class);
    exits.supportEndingOf(referralId).ifPresent(ending -> in.check(
        reason == null || reason.group() != ExitReasonGroup.COMPLETED, "Reason for exit",
        "support ended early (" + ending.getReason().label() + ", " + ShownDates.day(ending.getEndedOn())
            + "): choose the reason it ended, not a completion."));
    String reasonOther = reason == ExitReason.OTHER
        ? in.requiredText("exitReasonOther", "Other reason", TextColumn.PARAGRAPH) : null;
    List<GoalOutcome> outcomes = readGoalOutcomes(in, plans.goalsOf(referralId), plans.closedGoalsOf(referralId));
    ExitMeasures measures = readMeasures(in);
    String feedback = in.text("feedback", "The person's feedback", TextColumn.NOTE);
    Integer helpfulness = in.integer("helpfulness", "How helpful the person found the service", 1, 5);
    in.requireValid();

    exits.record(referralId, new ExitRecord(exitedOn, reason, reasonOther, outcomes, measures,
        feedback, helpfulness), scope.actor());
    return Variables.createVariables();
  }

  /**
   * Each open goal of the current plan is rated; a goal closed at a review as achieved counts as
   * achieved; one closed for another reason (no longer relevant, other) is no longer one of the
   * plan's goals and is not rated.
   */
  private static List<GoalOutcome> readGoalOutcomes(FormInput in, List<Goal> goals, List<Goal> closed) {
    List<GoalOutcome> outcomes = new ArrayList<>();
    Set<Integer> answered = new TreeSet<>();
    for (FormInput row : in.rows("goalOutcomes", "Goal")) {
      Integer number = row.requiredInteger("goalNumber", "number", 1, 99);
      GoalAchievement achievement = row.code("achievement", "achieved?", GoalAchievement.class);
      if (number != null && achievement != null) {
        outcomes.add(new GoalOutcome(number, achievement));
        answered.add(number);
      }
    }
    for (Goal goal : goals) {
      in.check(answered.contains(goal.getNumber()), "Goal " + goal.getNumber(),
          "say whether the goal was achieved.");
    }
    for (Goal goal : closed) {
      if (goal.getClosedReason().countsAsAchieved() && !answered.contains(goal.getNumber())) {
        outcomes.add(new GoalOutcome(goal.getNumber(), GoalAchievement.ACHIEVED));
      }
    }
    outcomes.sort(java.util.Comparator.comparingInt(GoalOutcome::goalNumber));
    return outcomes;
  }

  private static ExitMeasures readMeasures(FormInput in) {
    Set<ExitMeasure> notCollected = in.codes("measuresNotCollected", "Measures not collected", ExitMeasure.class);
    Swemwbs wellbeing = notCollected.contains(ExitMeasure.SWEMWBS) ? null : Swemwbs.read(in, "exitSwemwbs");
    Integer confidence = notCollected.contains(ExitMeasure.CONFIDENCE)
        ? null : in.requiredInteger("exitConfidence", "Confidence to change", 0, 10);
    Boolean gp = notCollected.contains(ExitMeasure.GP_REGISTRATION)
        ? null : in.requiredYesNo("exitGpRegistered", "Registered with a GP?");
    Boolean dentist = notCollected.contains(ExitMeasure.DENTIST_REGISTRATION)
        ? null : in.requiredYesNo("exitDentistRegistered", "Registered with a dentist?");
    SmokingStatus smoking = notCollected.contains(ExitMeasure.SMOKING_STATUS)
        ? null : in.code("exitSmokingStatus", "Smoking status", SmokingStatus.class);
    MeasureNotCollectedReason reason = null;
    String details = null;
    if (!notCollected.isEmpty()) {
      reason = in.code("notCollectedReason", "Why measures were not collected", MeasureNotCollectedReason.class);
      details = reason == MeasureNotCollectedReason.OTHER
          ? in.requiredText("notCollectedDetails", "Other reason measures were not collected", TextColumn.PARAGRAPH)
          : in.text("notCollectedDetails", "Other reason measures were not collected", TextColumn.PARAGRAPH);
    }
    return new ExitMeasures(wellbeing, confidence, gp, dentist, smoking, notCollected, reason, details);
  }
}
