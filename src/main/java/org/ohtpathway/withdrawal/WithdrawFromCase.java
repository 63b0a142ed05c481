package org.ohtpathway.withdrawal;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.casework.ActionField;
import org.ohtpathway.casework.CaseActionForm;
import org.ohtpathway.form.CodedOptions;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.SystemCommands;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralLookup;
import org.springframework.stereotype.Component;

/**
 * Withdrawing a referral from its case view: the same record as the start form of
 * {@code WithdrawReferral}, and the same process started for it, so the pathway stops the
 * same way and history shows the request.
 */
@Component
class WithdrawFromCase implements CaseActionForm {

  private final WithdrawalService withdrawals;
  private final PathwayMessages messages;
  private final RuntimeService runtime;
  private final SystemCommands system;

  WithdrawFromCase(WithdrawalService withdrawals, PathwayMessages messages, RuntimeService runtime,
      SystemCommands system) {
    this.withdrawals = withdrawals;
    this.messages = messages;
    this.runtime = runtime;
    this.system = system;
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
  public boolean appliesTo(ReferralProgress progress) {
    return progress.isOpen() && system.call(() -> messages.canReceive(progress.getProcessInstanceId(),
        PathwayModel.MESSAGE_REFERRAL_WITHDRAWN));
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
  public String take(Referral referral, FormInput in, String actor) {
    WithdrawalReason reason = in.code("withdrawalReason", "Reason for withdrawal", WithdrawalReason.class);
    String details = reason == WithdrawalReason.OTHER
        ? in.requiredText("withdrawalDetails", "Details", TextColumn.NOTE)
        : in.text("withdrawalDetails", "Details", TextColumn.NOTE);
    in.requireValid();
    withdrawals.withdraw(referral.getId(), reason, details, actor);
    system.run(() -> runtime.startProcessInstanceByKey(PathwayModel.PROCESS_WITHDRAW_REFERRAL,
        referral.getReference(), ReferralLookup.variablesAbout(referral)));
    return "Referral " + referral.getReference() + " is withdrawn; its Health Trainer is told.";
  }
}
