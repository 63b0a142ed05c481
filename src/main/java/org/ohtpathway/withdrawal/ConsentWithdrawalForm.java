package org.ohtpathway.withdrawal;

import java.time.LocalDate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralLookup;
import org.springframework.stereotype.Component;

/**
 * Start form of {@code WithdrawConsent}. Removing a person's details cannot be undone: the
 * first submission shows whose referral the reference is, and only a confirmation after that
 * removes anything.
 */
@Component
class ConsentWithdrawalForm implements TaskForm {

  private final WithdrawalService withdrawals;
  private final ReferralLookup lookup;
  private final CaseAuthority authority;

  ConsentWithdrawalForm(WithdrawalService withdrawals, ReferralLookup lookup, CaseAuthority authority) {
    this.withdrawals = withdrawals;
    this.lookup = lookup;
    this.authority = authority;
  }

  @Override
  public String formId() {
    return "consent-withdrawal";
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    Referral referral = lookup.named(in);
    if (referral != null) {
      authority.require(CaseAction.RECORD_CONSENT_WITHDRAWN, referral);
    }
    referral = lookup.open(in, referral, PathwayModel.MESSAGE_CONSENT_WITHDRAWN);
    LocalDate withdrawnOn = in.requiredDate("consentWithdrawnOn", "Date consent was withdrawn");
    if (withdrawnOn != null) {
      in.check(!withdrawnOn.isAfter(scope.today()), "Date consent was withdrawn", "cannot be in the future.");
    }
    ReportedBy reportedBy = in.code("reportedBy", "How the person told us", ReportedBy.class);
    if (referral != null) {
      String whose = authority.confirmationToErase(referral, in.flag("confirmErasure"));
      in.check(whose == null, "Remove this person's details", whose);
    }
    in.requireValid();

    withdrawals.withdrawConsent(referral.getId(), withdrawnOn, reportedBy, scope.actor());
    return lookup.requestAbout(referral, scope);
  }
}
