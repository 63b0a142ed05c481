package org.ohtpathway.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.plan.PlanRevisionForm;
import org.ohtpathway.plan.PlanRevisionRequest;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.process.ProcessVariable;
import org.ohtpathway.security.Groups;
import org.ohtpathway.referral.ReferralService;

/**
 * The progress review and the disengagement review ask the same question: continue or exit?
 * Both show the plan's current goals and may revise the plan ({@link PlanRevisionForm}): a
 * progress review whatever it decides, a disengagement review when support continues. Whichever
 * task opens the form (the review after the planned sessions, the 12-week review), the form's id
 * alone decides how it is read.
 */
abstract class ReviewForm implements TaskForm {

  private final ReviewService reviews;
  private final ReferralService referrals;
  private final PlanRevisionForm planRevision;
  private final PlanService plans;
  private final ReviewKind kind;
  private final ProcessVariable<String> decisionVariable;

  ReviewForm(ReviewService reviews, ReferralService referrals, PlanRevisionForm planRevision, PlanService plans,
      ReviewKind kind, ProcessVariable<String> decisionVariable) {
    this.reviews = reviews;
    this.referrals = referrals;
    this.planRevision = planRevision;
    this.plans = plans;
    this.kind = kind;
    this.decisionVariable = decisionVariable;
  }

  @Override
  public String workedBy() {
    return Groups.HEALTH_TRAINERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Map<String, Object> context = new LinkedHashMap<>(referrals.summary(scope.referralId()).asFormContext());
    context.put("progressSummary", reviews.progressSummary(scope.referralId()));
    context.putAll(planRevision.context(scope.referralId()));
    return context;
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    LocalDate reviewedOn = in.requiredDate("reviewedOn", "Date of the review");
    if (reviewedOn != null) {
      in.check(!reviewedOn.isAfter(scope.today()), "Date of the review", "cannot be in the future.");
    }
    ReviewDecision decision = in.code("decision", "Decision", ReviewDecision.class);
    Integer additional = decision == ReviewDecision.CONTINUE && kind == ReviewKind.PROGRESS
        ? in.requiredInteger("additionalSessions", "Number of further sessions", 1, 20) : Integer.valueOf(0);
    String note = in.requiredText("reviewNote", "Reasons for the decision", TextColumn.NOTE);
    boolean revises = kind == ReviewKind.PROGRESS || decision == ReviewDecision.CONTINUE;
    PlanRevisionRequest revision = revises
        ? planRevision.read(in, scope.referralId(), reviewedOn, decision == ReviewDecision.CONTINUE) : null;
    in.requireValid();

    reviews.record(scope.referralId(), kind, reviewedOn, decision, additional, note, scope.actor());
    if (revision != null) {
      plans.revise(scope.referralId(), revision, scope.actor());
    }
    return decisionVariable.putIn(Variables.createVariables(), decision.name());
  }
}
