package org.ohtpathway.review;

import org.ohtpathway.plan.PlanRevisionForm;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Component;

/** {@code Task_ReviewProgress}: at the end of the planned sessions, or when asked for. */
@Component
class ProgressReviewForm extends ReviewForm {

  ProgressReviewForm(ReviewService reviews, ReferralService referrals, PlanRevisionForm planRevision,
      PlanService plans) {
    super(reviews, referrals, planRevision, plans, ReviewKind.PROGRESS, PathwayVariables.REVIEW_DECISION);
  }

  @Override
  public String formId() {
    return "progress-review";
  }
}
