package org.ohtpathway.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.form.FormValues;
import org.ohtpathway.form.TextColumn;
import org.springframework.stereotype.Component;

/**
 * The part of a review form that revises the plan (forms/progress-review.form, and
 * forms/disengagement-review.form when support continues): the current goals, each of which can
 * be reworded, given new steps or a new target date, or closed with a reason; new goals, entered
 * as on forms/health-plan.form; and why the plan was revised. A review form shows
 * {@link #context} and reads its submission with {@link #read}; recording the review then calls
 * {@link PlanService#revise}.
 */
@Component
public class PlanRevisionForm {

  private final PlanService plans;

  PlanRevisionForm(PlanService plans) {
    this.plans = plans;
  }

  /**
   * What the form shows: which version of the plan is in force ({@code planVersion}) and its open
   * goals as rows to revise ({@code currentGoals}); the goal's number and topic are only shown.
   */
  public Map<String, Object> context(Long referralId) {
    Map<String, Object> context = new LinkedHashMap<>();
    Optional<PlanVersion> current = plans.currentVersion(referralId);
    context.put("planVersion", current.map(PlanRevisionForm::describe).orElse("No plan has been agreed yet."));
    context.put("currentGoals", FormValues.json(plans.goalsOf(referralId).stream().map(goal -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("goalNumber", goal.getNumber());
      row.put("topicShown", goal.getTopic().label());
      row.put("goal", goal.getDescription());
      row.put("steps", goal.getSteps());
      row.put("targetDate", goal.getTargetDate().toString());
      row.put("close", false);
      return row;
    }).toList()));
    return context;
  }

  private static String describe(PlanVersion version) {
    String when = (version.isAgreement() ? "agreed on " : "revised on ") + ShownDates.day(version.on()) + " by " + version.by();
    long closed = version.goals().stream().filter(goal -> !goal.isOpen()).count();
    return "Version " + version.number() + ", " + when + (version.isAgreement() ? "" : " (earlier versions kept)")
        + ": " + version.openGoals().size() + " open goal(s)" + (closed > 0 ? ", " + closed + " closed" : "") + ".";
  }

  /**
   * Reads the revision the form asks for, made on {@code revisedOn} (the review's date, null if
   * missing), and adds to {@code in} every problem with it, at its field. A goal's field the
   * submission leaves out stays as it is; one sent empty is required. While support continues,
   * a revision must leave at least one goal open.
   */
  public PlanRevisionRequest read(FormInput in, Long referralId, LocalDate revisedOn, boolean supportContinues) {
    Map<Integer, Goal> current = new LinkedHashMap<>();
    plans.planFor(referralId).ifPresent(plan -> plan.currentGoals().forEach(goal -> current.put(goal.getNumber(), goal)));
    List<GoalRevision> goals = new ArrayList<>();
    for (FormInput row : in.rows("currentGoals", "Current goal")) {
      Integer number = row.requiredInteger("goalNumber", "goal number", 1, 999);
      if (number == null) {
        continue;
      }
      FormInput goal = row.named("Goal " + number);
      Goal was = current.get(number);
      String description = goal.sent("goal") || was == null ? goal.text("goal", "goal", TextColumn.PARAGRAPH)
          : was.getDescription();
      String steps = goal.sent("steps") || was == null ? goal.text("steps", "steps", TextColumn.NOTE)
          : was.getSteps();
      LocalDate target = goal.sent("targetDate") || was == null ? goal.date("targetDate", "target date")
          : was.getTargetDate();
      boolean close = goal.checkbox("close", "close this goal");
      GoalClosure closure = close ? goal.optionalCode("closedReason", "why it is closed", GoalClosure.class) : null;
      String closureOther = closure == GoalClosure.OTHER
          ? goal.text("closedReasonOther", "other reason", TextColumn.PARAGRAPH) : null;
      goals.add(new GoalRevision(number, description, steps, target, close, closure, closureOther));
    }
    List<GoalDetails> added = new ArrayList<>();
    for (FormInput row : in.rows("newGoals", "New goal")) {
      added.add(GoalDetails.read(row));
    }
    String reason = in.text("planRevisionReason", "Why the plan was revised", TextColumn.PARAGRAPH);
    PlanRevisionRequest revision = new PlanRevisionRequest(revisedOn, reason, goals, added);
    plans.problems(referralId, revision).forEach(problem -> in.check(false, problem.label(), problem.message()));
    if (supportContinues && plans.changes(referralId, revision)) {
      in.check(plans.openGoalsAfter(referralId, revision) > 0, "Goals",
          "support continues, so the plan needs at least one open goal: keep one open, or add a new goal.");
    }
    return revision;
  }
}
