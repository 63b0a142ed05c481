package org.ohtpathway.signposting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/** {@code Task_FollowUpOnwardReferral}: one task per onward referral. */
@Component
class FollowUpForm implements TaskForm {

  private final SignpostingService signposting;
  private final ReferralService referrals;

  FollowUpForm(SignpostingService signposting, ReferralService referrals) {
    this.signposting = signposting;
    this.referrals = referrals;
  }

  @Override
  public String formId() {
    return "onward-referral-follow-up";
  }

  @Override
  public String workedBy() {
    return Groups.HEALTH_TRAINERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Map<String, Object> context = new LinkedHashMap<>(referrals.summary(scope.referralId()).asFormContext());
    context.put("onwardReferral",
        signposting.onwardReferral(scope.get(PathwayVariables.ONWARD_REFERRAL_ID)).describe());
    return context;
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    FollowUpOutcome outcome = in.code("followUpOutcome", "Outcome", FollowUpOutcome.class);
    LocalDate on = in.requiredDate("followedUpOn", "Date followed up");
    OnwardReferral onwardReferral = signposting.onwardReferral(scope.get(PathwayVariables.ONWARD_REFERRAL_ID));
    if (on != null) {
      in.check(!on.isAfter(scope.today()), "Date followed up", "cannot be in the future.");
      in.check(!on.isBefore(onwardReferral.getReferredOn()), "Date followed up",
          "cannot be before the onward referral was made (" + ShownDates.day(onwardReferral.getReferredOn()) + ").");
    }
    String note = in.text("followUpNote", "Note", TextColumn.NOTE);
    in.requireValid();

    signposting.followUp(onwardReferral.getId(), outcome, on, note, scope.actor());
    return Variables.createVariables();
  }
}
