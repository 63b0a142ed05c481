package org.ohtpathway.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_DecideNextStep}: after each session, is a review due? */
@Component("decideNextStep")
class DecideNextStep implements JavaDelegate {

  private final ReviewService reviews;

  DecideNextStep(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long referralId = PathwayVariables.REFERRAL_ID.requiredFrom(execution);
    PathwayVariables.SESSION_OUTCOME.on(execution, reviews.nextStep(referralId).name());
    PathwayVariables.TELL_PRACTITIONER_OF_ABSENCES.on(execution, reviews.absencesToReport(referralId));
  }
}
