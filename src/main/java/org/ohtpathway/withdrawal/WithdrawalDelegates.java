package org.ohtpathway.withdrawal;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.referral.ReferralService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WithdrawalDelegates {

  /** {@code ServiceTask_StopPathway} of {@code WithdrawReferral}. */
  @Bean
  JavaDelegate withdrawReferral(ReferralService referrals, PathwayMessages messages) {
    return new StopPathway(referrals, messages, PathwayModel.MESSAGE_REFERRAL_WITHDRAWN);
  }

  /** {@code ServiceTask_StopProcessing} of {@code WithdrawConsent}. */
  @Bean
  JavaDelegate stopProcessingWithoutConsent(ReferralService referrals, PathwayMessages messages) {
    return new StopPathway(referrals, messages, PathwayModel.MESSAGE_CONSENT_WITHDRAWN);
  }
}
