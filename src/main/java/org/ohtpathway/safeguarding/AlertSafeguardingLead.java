package org.ohtpathway.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_AlertSafeguardingLead} of {@code RaiseSafeguardingConcern}: the
 * referral's pathway opens an urgent task for the safeguarding leads and carries on.
 */
@Component("alertSafeguardingLead")
class AlertSafeguardingLead implements JavaDelegate {

  private final ReferralService referrals;
  private final PathwayMessages messages;

  AlertSafeguardingLead(ReferralService referrals, PathwayMessages messages) {
    this.referrals = referrals;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String pathway = referrals.get(PathwayVariables.REFERRAL_ID.requiredFrom(execution)).getProcessInstanceId();
    messages.send(pathway, PathwayModel.MESSAGE_SAFEGUARDING_CONCERN_RAISED,
        PathwayVariables.SAFEGUARDING_CONCERN_ID.putIn(Variables.createVariables(),
            PathwayVariables.SAFEGUARDING_CONCERN_ID.requiredFrom(execution)));
  }
}
