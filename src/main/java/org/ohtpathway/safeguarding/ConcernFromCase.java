package org.ohtpathway.safeguarding;

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
 * Raising a safeguarding concern from the case view: the start form of
 * {@code RaiseSafeguardingConcern} is submitted for it, which records the concern and alerts the
 * safeguarding leads at once.
 */
@Component
class ConcernFromCase implements CaseActionForm {

  private final PathwayMessages messages;
  private final StartForms startForms;
  private final SystemCommands system;

  ConcernFromCase(PathwayMessages messages, StartForms startForms, SystemCommands system) {
    this.messages = messages;
    this.startForms = startForms;
    this.system = system;
  }

  @Override
  public String id() {
    return "safeguarding-concern";
  }

  @Override
  public String label() {
    return "Raise a safeguarding concern";
  }

  @Override
  public CaseAction action() {
    return CaseAction.RAISE_SAFEGUARDING_CONCERN;
  }

  @Override
  public boolean appliesTo(ReferralProgress progress) {
    return system.call(() -> messages.canReceive(progress.getProcessInstanceId(),
        PathwayModel.MESSAGE_SAFEGUARDING_CONCERN_RAISED));
  }

  @Override
  public List<ActionField> fields(Referral referral) {
    return List.of(
        ActionField.select("atRisk", "Who is at risk", true, null, CodedOptions.of(AtRisk.class)),
        ActionField.select("immediateDanger", "Is anyone in immediate danger?", true, null,
            CodedOptions.yesNo()).withHint("If someone is in immediate danger, call 999 first."),
        ActionField.textarea("concernDescription", "The concern", true, null));
  }

  @Override
  public String take(Referral referral, FormInput in, String actor) {
    AtRisk atRisk = in.code("atRisk", "Who is at risk", AtRisk.class);
    Boolean immediateDanger = in.requiredYesNo("immediateDanger", "Is anyone in immediate danger?");
    String description = in.requiredText("concernDescription", "The concern", TextColumn.NOTE);
    in.requireValid();
    // The start form of RaiseSafeguardingConcern records the concern.
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("referralReference", referral.getReference());
    form.put("atRisk", atRisk.name());
    form.put("immediateDanger", immediateDanger);
    form.put("concernDescription", description);
    startForms.submit(PathwayModel.PROCESS_RAISE_SAFEGUARDING_CONCERN, form);
    return "The safeguarding concern about referral " + referral.getReference()
        + " is with the safeguarding leads.";
  }
}
