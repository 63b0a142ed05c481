package org.ohtpathway.withdrawal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.referral.ReferralService;

/** Sends the referral's pathway the message that interrupts it. */
class StopPathway implements JavaDelegate {

  private final ReferralService referrals;
  private final PathwayMessages messages;
  private final String messageName;

  StopPathway(ReferralService referrals, PathwayMessages messages, String messageName) {
    this.referrals = referrals;
    this.messages = messages;
    this.messageName = messageName;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String pathway = referrals.get(PathwayVariables.REFERRAL_ID.requiredFrom(execution)).getProcessInstanceId();
    messages.send(pathway, messageName, Variables.createVariables());
  }
}
