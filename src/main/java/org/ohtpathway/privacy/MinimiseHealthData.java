package org.ohtpathway.privacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.withdrawal.WithdrawalService;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_MinimiseHealthData} of {@code WithdrawConsent}. */
@Component("minimiseHealthData")
class MinimiseHealthData implements JavaDelegate {

  private final Minimisation minimisation;
  private final WithdrawalService withdrawals;

  MinimiseHealthData(Minimisation minimisation, WithdrawalService withdrawals) {
    this.minimisation = minimisation;
    this.withdrawals = withdrawals;
  }

  /** Removes a person's details only once their consent withdrawal has been recorded (and confirmed). */
  @Override
  public void execute(DelegateExecution execution) {
    Long referralId = PathwayVariables.REFERRAL_ID.requiredFrom(execution);
    if (withdrawals.consentWithdrawalOf(referralId).isEmpty()) {
      throw new IllegalStateException("Referral " + referralId + " has no recorded consent withdrawal: its details"
          + " are not removed");
    }
    minimisation.minimise(referralId, Minimisation.Why.CONSENT_WITHDRAWN);
  }
}
