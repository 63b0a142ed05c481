package org.ohtpathway.eligibility;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.referral.Acknowledgement;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/** {@code Task_ReadWhyNotEligible}: the practitioner reads the coded reason. */
@Component
class NotEligibleForm implements TaskForm {

  private final EligibilityService eligibility;
  private final ReferralService referrals;

  NotEligibleForm(EligibilityService eligibility, ReferralService referrals) {
    this.eligibility = eligibility;
    this.referrals = referrals;
  }

  @Override
  public String formId() {
    return "not-eligible";
  }

  @Override
  public String workedBy() {
    return Groups.PROBATION_PRACTITIONERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Map<String, Object> context = new LinkedHashMap<>(referrals.summary(scope.referralId()).asFormContext());
    eligibility.decisionFor(scope.referralId()).ifPresent(decision -> {
      context.put("ineligibilityReasonCode", decision.getReasonCode());
      context.put("ineligibilityReason", decision.getReason());
    });
    return context;
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    in.check(in.flag("acknowledged"), "I have read the reason", "tick the box to confirm you have read why.");
    in.requireValid();
    referrals.acknowledge(scope.referralId(), Acknowledgement.Subject.INELIGIBILITY, scope.actor());
    return Variables.createVariables();
  }
}
