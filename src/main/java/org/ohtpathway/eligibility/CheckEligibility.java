package org.ohtpathway.eligibility;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_CheckEligibility}. */
@Component("checkEligibility")
class CheckEligibility implements JavaDelegate {

  private final EligibilityService eligibility;

  CheckEligibility(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EligibilityDecision decision = eligibility.decide(PathwayVariables.REFERRAL_ID.requiredFrom(execution));
    PathwayVariables.ELIGIBLE.on(execution, decision.isEligible());
  }
}
