package org.ohtpathway.privacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_MinimiseHealthData} of {@code WithdrawConsent}. */
@Component("minimiseHealthData")
class MinimiseHealthData implements JavaDelegate {

  private final Minimisation minimisation;

  MinimiseHealthData(Minimisation minimisation) {
    this.minimisation = minimisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    minimisation.minimise(PathwayVariables.REFERRAL_ID.requiredFrom(execution), Minimisation.Why.CONSENT_WITHDRAWN);
  }
}
