package org.ohtpathway.exit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.signposting.OnwardReferral;
import org.ohtpathway.signposting.SignpostingService;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/** {@code Task_WriteExitSummary}: the Health Trainer writes what probation will be told. */
@Component
class ExitSummaryForm implements TaskForm {

  private final ExitService exits;
  private final SignpostingService signposting;
  private final ReferralService referrals;

  ExitSummaryForm(ExitService exits, SignpostingService signposting, ReferralService referrals) {
    this.exits = exits;
    this.signposting = signposting;
    this.referrals = referrals;
  }

  @Override
  public String formId() {
    return "exit-summary";
  }

  @Override
  public String workedBy() {
    return Groups.HEALTH_TRAINERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Long referralId = scope.referralId();
    Map<String, Object> context = new LinkedHashMap<>(referrals.summary(referralId).asFormContext());
    exits.exitOf(referralId).ifPresent(exit -> {
      context.put("exitReasonLabel", exit.getReason().label());
      context.put("goalsAchieved", exit.getGoalOutcomes().isEmpty() ? "No goals were set."
          : "Goal achievement score " + exit.getGoalAchievementScore() + " out of "
              + exit.getGoalOutcomes().size() + ".");
    });
    context.put("onwardReferralsMade", signposting.onwardReferralsOf(referralId).stream()
        .map(OnwardReferral::describe).collect(Collectors.joining("; ")));
    context.put("consentToShare", referrals.consent(referralId).isShareProgressWithProbation()
        ? "The person agreed to share their progress with probation."
        : "The person did NOT agree to share their progress with probation: say only whether"
            + " they took part and why they left.");
    return context;
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    String summary = in.requiredText("summaryForPractitioner", "Summary for the probation practitioner",
        TextColumn.NOTE);
    in.check(in.flag("consentChecked"), "Consent checked",
        "confirm the summary contains only what the person agreed to share.");
    in.requireValid();

    exits.writeSummary(scope.referralId(), summary, scope.actor());
    return Variables.createVariables();
  }
}
