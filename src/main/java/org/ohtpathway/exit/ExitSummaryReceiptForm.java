package org.ohtpathway.exit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.referral.Acknowledgement;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.referral.ReferralSummary;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/** {@code Task_ReadExitSummary}: the exit summary reaches the probation practitioner. */
@Component
class ExitSummaryReceiptForm implements TaskForm {

  private final ExitService exits;
  private final ReferralService referrals;

  ExitSummaryReceiptForm(ExitService exits, ReferralService referrals) {
    this.exits = exits;
    this.referrals = referrals;
  }

  @Override
  public String formId() {
    return "exit-summary-receipt";
  }

  @Override
  public String workedBy() {
    return Groups.PROBATION_PRACTITIONERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Long referralId = scope.referralId();
    ReferralSummary referral = referrals.summary(referralId);
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("personName", referral.personName());
    context.put("crn", referral.crn());
    exits.exitOf(referralId).ifPresent(exit -> {
      context.put("exitReasonLabel", exit.getReason().label());
      context.put("exitedOn", ShownDates.day(exit.getExitedOn()));
    });
    exits.summaryOf(referralId).ifPresent(summary ->
        context.put("summaryForPractitioner", summary.getSummary()));
    return context;
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    in.check(in.flag("acknowledged"), "I have read the summary", "tick the box to confirm you have read it.");
    in.requireValid();
    referrals.acknowledge(scope.referralId(), Acknowledgement.Subject.EXIT_SUMMARY, scope.actor());
    return Variables.createVariables();
  }
}
