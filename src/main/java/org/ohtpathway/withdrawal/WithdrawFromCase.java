package org.ohtpathway.withdrawal;

import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.casework.ActionField;
import org.ohtpathway.casework.StartFormAction;
import org.ohtpathway.form.CodedOptions;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.SystemCommands;
import org.ohtpathway.referral.Referral;
import org.springframework.stereotype.Component;

/**
 * Withdrawing a referral from its case view: the start form of {@code WithdrawReferral}
 * submitted for this case, so the pathway stops the same way and history shows the request.
 */
@Component
class WithdrawFromCase extends StartFormAction {

  WithdrawFromCase(FormService forms, RepositoryService repository, PathwayMessages messages, SystemCommands system) {
    super(PathwayModel.PROCESS_WITHDRAW_REFERRAL, PathwayModel.MESSAGE_REFERRAL_WITHDRAWN, 
        forms, repository, messages, system);
  }

  @Override
  public String id() {
    return "withdraw";
  }

  @Override
  public String label() {
    return "Withdraw the referral";
  }

  @Override
  public CaseAction action() {
    return CaseAction.WITHDRAW_REFERRAL;
  }

  @Override
  public List<ActionField> fields(Referral referral) {
    return List.of(
        ActionField.select("withdrawalReason", "Reason for withdrawal", true, null,
            CodedOptions.of(WithdrawalReason.class)),
        ActionField.textarea("withdrawalDetails", "Details", false, null)
            .withHint("Required when the reason is Other."));
  }

  @Override
  protected String done(Referral referral) {
    return "Referral " + referral.getReference() + " is withdrawn; its Health Trainer is told.";
  }
}
