package org.ohtpathway.eligibility;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_CheckEligibilityAgain}, after the referral is amended. */
@Component("checkEligibilityAgain")
class CheckEligibilityAgain implements JavaDelegate {

  private final EligibilityService eligibility;

  CheckEligibilityAgain(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    eligibility.checkAgain(PathwayVariables.REFERRAL_ID.requiredFrom(execution));
  }
}
