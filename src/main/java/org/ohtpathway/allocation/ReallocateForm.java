package org.ohtpathway.allocation;

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
import org.ohtpathway.referral.Referral;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/**
 * Case action "Reallocate to another Health Trainer" (coordinators): another member of
 * health-trainers, with each one's open cases shown, and why.
 */
@Component
class ReallocateForm implements CaseActionForm {

  private final TriageService triage;
  private final CaseProgress progress;
  private final IdentityService identity;
  private final PathwayMessages messages;

  ReallocateForm(TriageService triage, CaseProgress progress, IdentityService identity, PathwayMessages messages) {
    this.triage = triage;
    this.progress = progress;
    this.identity = identity;
    this.messages = messages;
  }

  @Override public String id() { return "reallocate"; }

  @Override public String label() { return "Reallocate to another Health Trainer"; }

  @Override public CaseAction action() { return CaseAction.REALLOCATE_CASE; }

  /** Only once allocated: before that, triage allocates it. */
  @Override
  public boolean appliesTo(ReferralProgress progress) {
    return progress.isOpen() && progress.getTrainerId() != null;
  }

  @Override
  public List<ActionField> fields(Referral referral) {
    String current = progress.get(referral.getId()).getTrainerId();
    List<User> others = trainers().stream().filter(user -> !user.getId().equals(current)).toList();
    Map<String, Long> caseloads = progress.openCasesOf(others.stream().map(User::getId).toList());
    Map<String, String> options = new LinkedHashMap<>();
    others.forEach(user -> options.put(user.getId(), user.getFirstName() + " " + user.getLastName()
        + " (" + caseloads.get(user.getId()) + " open)"));
    return List.of(ActionField.select("trainerId", "Health Trainer", true, null, options),
        ActionField.textarea("reason", "Reason for the reallocation", true, null));
  }

  private List<User> trainers() {
    return AsSystem.call(() -> identity.createUserQuery().memberOfGroup(Groups.HEALTH_TRAINERS)
        .orderByUserFirstName().asc().listPage(0, 1000));
  }

  @Override
  public String take(Referral referral, FormInput in, String actor) {
    String trainerId = in.requiredText("trainerId", "Health Trainer", TextColumn.USER_ID);
    if (trainerId != null) {
      in.check(trainers().stream().anyMatch(user -> user.getId().equals(trainerId)), "Health Trainer",
          "choose a member of the Health Trainers group.");
      in.check(!trainerId.equals(progress.get(referral.getId()).getTrainerId()), "Health Trainer",
          "choose another trainer than the one the case is allocated to now.");
    }
    String reason = in.requiredText("reason", "Reason for the reallocation", TextColumn.PARAGRAPH);
    in.requireValid();
    triage.reallocate(referral.getId(), trainerId, reason, actor);
    messages.send(referral.getProcessInstanceId(), PathwayModel.MESSAGE_CASE_REALLOCATED);
    return "Referral " + referral.getReference() + " is reallocated; both Health Trainers are told.";
  }
}
