package org.ohtpathway.hold;

import java.util.List;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.casework.ActionField;
import org.ohtpathway.casework.CaseActionForm;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.Referral;
import org.springframework.stereotype.Component;

/** Case action "Resume", only while the case is on hold. */
@Component
class ResumeForm implements CaseActionForm {

  private final CaseHoldService holds;
  private final PathwayMessages messages;

  ResumeForm(CaseHoldService holds, PathwayMessages messages) {
    this.holds = holds;
    this.messages = messages;
  }

  @Override public String id() { return "resume"; }

  @Override public String label() { return "Resume"; }

  @Override public CaseAction action() { return CaseAction.RESUME_CASE; }

  @Override
  public boolean appliesTo(ReferralProgress progress) {
    return progress.isOpen() && progress.isOnHold();
  }

  @Override
  public List<ActionField> fields(Referral referral) {
    return List.of();
  }

  @Override
  public String take(Referral referral, FormInput in, String actor) {
    in.requireValid();
    CaseHold hold = holds.resume(referral.getId(), actor);
    messages.send(referral.getProcessInstanceId(), PathwayModel.MESSAGE_CASE_RESUMED);
    return "Referral " + referral.getReference() + " is resumed; its deadlines are moved on by "
        + hold.getWorkingDaysHeld() + " working day" + (hold.getWorkingDaysHeld() == 1 ? "" : "s") + ".";
  }
}
