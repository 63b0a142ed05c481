package org.ohtpathway.withdrawal;

import org.camunda.bpm.engine.variable.VariableMap;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralLookup;
import org.springframework.stereotype.Component;

/** Start form of {@code WithdrawReferral}. */
@Component
class WithdrawalForm implements TaskForm {

  private final WithdrawalService withdrawals;
  private final ReferralLookup lookup;
  private final CaseAuthority authority;

  WithdrawalForm(WithdrawalService withdrawals, ReferralLookup lookup, CaseAuthority authority) {
    this.withdrawals = withdrawals;
    this.lookup = lookup;
    this.authority = authority;
  }

  @Override
  public String formId() {
    return "referral-withdrawal";
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    Referral referral = lookup.named(in);
    if (referral != null) {
      authority.require(CaseAction.WITHDRAW_REFERRAL, referral);
    }
    referral = lookup.open(in, referral, PathwayModel.MESSAGE_REFERRAL_WITHDRAWN);
    WithdrawalReason reason = in.code("withdrawalReason", "Reason for withdrawal", WithdrawalReason.class);
    String details = reason == WithdrawalReason.OTHER
        ? in.requiredText("withdrawalDetails", "Details", TextColumn.NOTE)
        : in.text("withdrawalDetails", "Details", TextColumn.NOTE);
    in.requireValid();

    withdrawals.withdraw(referral.getId(), reason, details, scope.actor());
    return lookup.requestAbout(referral, scope);
  }
}
