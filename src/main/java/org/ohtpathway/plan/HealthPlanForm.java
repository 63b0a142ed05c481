package org.ohtpathway.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.appointment.AppointmentFields;
import org.ohtpathway.appointment.Slot;
import org.ohtpathway.assessment.Assessment;
import org.ohtpathway.assessment.AssessmentService;
import org.ohtpathway.form.Coded;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/** {@code Task_AgreeHealthPlan}: the plan's goals and sessions, and the first appointment booked. */
@Component
class HealthPlanForm implements TaskForm {

  private final PlanService plans;
  private final ReferralService referrals;
  private final AssessmentService assessments;
  private final AppointmentFields appointmentFields;

  HealthPlanForm(PlanService plans, ReferralService referrals, AssessmentService assessments,
      AppointmentFields appointmentFields) {
    this.appointmentFields = appointmentFields;
    this.plans = plans;
    this.referrals = referrals;
    this.assessments = assessments;
  }

  @Override
  public String formId() {
    return "health-plan";
  }

  @Override
  public String workedBy() {
    return Groups.HEALTH_TRAINERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Map<String, Object> context = new LinkedHashMap<>(referrals.summary(scope.referralId()).asFormContext());
    context.putAll(appointmentFields.context(scope.referralId()));
    assessments.assessmentOf(scope.referralId()).ifPresent(assessment -> context.put("assessmentTopics",
        assessment.getTopicsToWorkOn().isEmpty() ? "None chosen"
            : assessment.getTopicsToWorkOn().stream().map(Coded::label).collect(Collectors.joining(", "))));
    return context;
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    LocalDate agreedOn = in.requiredDate("planAgreedOn", "Date the plan was agreed");
    if (agreedOn != null) {
      in.check(!agreedOn.isAfter(scope.today()), "Date the plan was agreed", "cannot be in the future.");
      assessments.assessmentOf(scope.referralId()).map(Assessment::getAssessedOn).ifPresent(assessed ->
          in.check(!agreedOn.isBefore(assessed), "Date the plan was agreed",
              "cannot be before the assessment (" + ShownDates.day(assessed) + ")."));
    }
    Integer sessions = in.requiredInteger("plannedSessions", "Number of planned sessions", 1, 30);
    LocalDate today = scope.today();
    Slot first = appointmentFields.read(in, scope.referralId(), agreedOn == null || agreedOn.isBefore(today) ? today
        : agreedOn, "the first appointment cannot be before today or before the plan was agreed.");
    List<GoalDetails> goals = new ArrayList<>();
    for (FormInput row : in.rows("goals", "Goal")) {
      GoalDetails goal = GoalDetails.read(row);
      if (goal.targetDate() != null && agreedOn != null) {
        row.check(goal.targetDate().isAfter(agreedOn), "target date", "must be after the date the plan was agreed.");
      }
      goals.add(goal);
    }
    in.check(!goals.isEmpty(), "Goals", "the plan needs at least one goal.");
    in.requireValid();

    plans.agree(scope.referralId(), agreedOn, sessions, goals, first, scope.actor());
    return Variables.createVariables();
  }
}
