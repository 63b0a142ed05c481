package org.ohtpathway.safeguarding;

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
 * Raising a safeguarding concern from the case view: the start form of
 * {@code RaiseSafeguardingConcern} submitted for this case, which alerts the safeguarding leads
 * at once.
 */
@Component
class ConcernFromCase extends StartFormAction {

  ConcernFromCase(FormService forms, RepositoryService repository, PathwayMessages messages, SystemCommands system) {
    super(PathwayModel.PROCESS_RAISE_SAFEGUARDING_CONCERN, PathwayModel.MESSAGE_SAFEGUARDING_CONCERN_RAISED, 
        forms, repository, messages, system);
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
  public List<ActionField> fields(Referral referral) {
    return List.of(
        ActionField.select("atRisk", "Who is at risk", true, null, CodedOptions.of(AtRisk.class)),
        ActionField.select("immediateDanger", "Is anyone in immediate danger?", true, null,
            CodedOptions.yesNo()).withHint("If someone is in immediate danger, call 999 first."),
        ActionField.textarea("concernDescription", "The concern", true, null));
  }

  @Override
  protected String done(Referral referral) {
    return "The safeguarding concern about referral " + referral.getReference()
        + " is with the safeguarding leads.";
  }
}
