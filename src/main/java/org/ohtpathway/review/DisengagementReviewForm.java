package org.ohtpathway.review;

import org.ohtpathway.plan.PlanRevisionForm;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Component;

/** {@code Task_ReviewDisengagement}: after repeated unacceptable absences. */
@Component
class DisengagementReviewForm extends ReviewForm {

  DisengagementReviewForm(ReviewService reviews, ReferralService referrals, PlanRevisionForm planRevision,
      PlanService plans) {
    super(reviews, referrals, planRevision, plans, ReviewKind.DISENGAGEMENT, PathwayVariables.DISENGAGEMENT_DECISION);
  }

  @Override
  public String formId() {
    return "disengagement-review";
  }
}
