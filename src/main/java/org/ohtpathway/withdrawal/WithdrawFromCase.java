package org.ohtpathway.withdrawal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.casework.ActionField;
import org.ohtpathway.casework.CaseActionForm;
import org.ohtpathway.form.CodedOptions;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.StartForms;
import org.ohtpathway.process.SystemCommands;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.Referral;
import org.springframework.stereotype.Component;

/**
 * Withdrawing a referral from its case view: the start form of {@code WithdrawReferral} is
 * submitted for it, which records the withdrawal, so the pathway stops the same way and history
 * shows the request.
 */
@Component
class WithdrawFromCase implements CaseActionForm {

  private final PathwayMessages messages;
  private final StartForms startForms;
  private final SystemCommands system;

  WithdrawFromCase(PathwayMessages messages, StartForms startForms, SystemCommands system) {
    this.messages = messages;
    this.startForms = startForms;
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
    // The start form of WithdrawReferral records the withdrawal (checking the same again).
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("referralReference", referral.getReference());
    form.put("withdrawalReason", reason.name());
    form.put("withdrawalDetails", details);
    startForms.submit(PathwayModel.PROCESS_WITHDRAW_REFERRAL, form);
    return "Referral " + referral.getReference() + " is withdrawn; its Health Trainer is told.";
  }
}
