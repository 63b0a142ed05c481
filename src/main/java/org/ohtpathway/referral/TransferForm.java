package org.ohtpathway.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.casework.ActionField;
import org.ohtpathway.casework.CaseActionForm;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/** Case action "Transfer to another practitioner": a member of probation-practitioners, and why. */
@Component
class TransferForm implements CaseActionForm {

  private final TransferService transfers;
  private final CaseProgress progress;
  private final IdentityService identity;
  private final PathwayMessages messages;

  TransferForm(TransferService transfers, CaseProgress progress, IdentityService identity,
      PathwayMessages messages) {
    this.transfers = transfers;
    this.progress = progress;
    this.identity = identity;
    this.messages = messages;
  }

  @Override public String id() { return "transfer"; }

  @Override public String label() { return "Transfer to another practitioner"; }

  @Override public CaseAction action() { return CaseAction.TRANSFER_CASE; }

  @Override
  public boolean appliesTo(ReferralProgress progress) {
    return progress.isOpen();
  }

  @Override
  public List<ActionField> fields(Referral referral) {
    Map<String, String> options = new LinkedHashMap<>();
    String current = progress.get(referral.getId()).getPractitionerId();
    practitioners().stream().filter(user -> !user.getId().equals(current))
        .forEach(user -> options.put(user.getId(), (user.getFirstName() + " " + user.getLastName()).strip()));
    return List.of(ActionField.select("practitionerId", "Practitioner", true, null, options),
        ActionField.textarea("reason", "Reason for the transfer", true, null));
  }

  private List<User> practitioners() {
    return AsSystem.call(() -> identity.createUserQuery().memberOfGroup(Groups.PROBATION_PRACTITIONERS)
        .orderByUserFirstName().asc().listPage(0, 1000));
  }

  @Override
  public String take(Referral referral, FormInput in, String actor) {
    String practitionerId = in.requiredText("practitionerId", "Practitioner", TextColumn.USER_ID);
    if (practitionerId != null) {
      in.check(practitioners().stream().anyMatch(user -> user.getId().equals(practitionerId)), "Practitioner",
          "choose a member of the probation practitioners group.");
      in.check(!practitionerId.equals(progress.get(referral.getId()).getPractitionerId()), "Practitioner",
          "choose another practitioner than the one who holds the case now.");
    }
    String reason = in.requiredText("reason", "Reason for the transfer", TextColumn.PARAGRAPH);
    in.requireValid();
    transfers.transfer(referral.getId(), practitionerId, reason, actor);
    messages.send(referral.getProcessInstanceId(), PathwayModel.MESSAGE_CASE_TRANSFERRED);
    return "Referral " + referral.getReference() + " is transferred; both practitioners are told.";
  }
}
