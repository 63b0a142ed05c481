package org.ohtpathway.hold;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.casework.ActionField;
import org.ohtpathway.casework.CaseActionForm;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.Referral;
import org.springframework.stereotype.Component;

/** Case action "Put on hold": why (custody, hospital, other) and when to look at the case again. */
@Component
class HoldForm implements CaseActionForm {

  private final CaseHoldService holds;
  private final PathwayMessages messages;

  HoldForm(CaseHoldService holds, PathwayMessages messages) {
    this.holds = holds;
    this.messages = messages;
  }

  @Override public String id() { return "hold"; }

  @Override public String label() { return "Put on hold"; }

  @Override public CaseAction action() { return CaseAction.PUT_CASE_ON_HOLD; }

  @Override
  public boolean appliesTo(ReferralProgress progress) {
    return progress.isOpen() && !progress.isOnHold();
  }

  @Override
  public List<ActionField> fields(Referral referral) {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (HoldReason reason : HoldReason.values()) {
      reasons.put(reason.name(), reason.label());
    }
    return List.of(ActionField.select("reason", "Reason", true, null, reasons),
        ActionField.textarea("reasonDetail", "Details of the reason", false, null)
            .withHint("Required when the reason is Other."),
        ActionField.date("lookAgainOn", "Look again on", true, null)
            .withHint("The Health Trainer and coordinators are reminded on this day."));
  }

  @Override
  public String take(Referral referral, FormInput in, String actor) {
    HoldReason reason = in.code("reason", "Reason", HoldReason.class);
    String detail = reason == HoldReason.OTHER
        ? in.requiredText("reasonDetail", "Details of the reason", TextColumn.PARAGRAPH)
        : in.text("reasonDetail", "Details of the reason", TextColumn.PARAGRAPH);
    LocalDate lookAgainOn = in.requiredDate("lookAgainOn", "Look again on");
    if (lookAgainOn != null) {
      in.check(lookAgainOn.isAfter(ServiceClock.today()), "Look again on", "must be in the future.");
      in.check(!lookAgainOn.isAfter(ServiceClock.today().plusYears(2)), "Look again on",
          "must be within two years.");
    }
    in.requireValid();
    holds.hold(referral.getId(), reason, detail, lookAgainOn, actor);
    messages.send(referral.getProcessInstanceId(), PathwayModel.MESSAGE_CASE_ON_HOLD);
    return "Referral " + referral.getReference() + " is on hold until it is resumed; its deadlines are paused.";
  }
}
