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
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.process.SystemCommands;
import org.ohtpathway.referral.Referral;
import org.springframework.stereotype.Component;

/**
 * Recording that consent is withdrawn from the case view: the start form of
 * {@code WithdrawConsent} submitted for this case. As from Tasklist, the details go only once
 * the user, shown whose they are, ticks "Remove this person's details" and sends again.
 */
@Component
class ConsentWithdrawnFromCase extends StartFormAction {

  ConsentWithdrawnFromCase(FormService forms, RepositoryService repository, PathwayMessages messages, SystemCommands system) {
    super(PathwayModel.PROCESS_WITHDRAW_CONSENT, PathwayModel.MESSAGE_CONSENT_WITHDRAWN, 
        forms, repository, messages, system);
  }

  @Override
  public String id() {
    return "consent-withdrawn";
  }

  @Override
  public String label() {
    return "Record that consent is withdrawn";
  }

  @Override
  public CaseAction action() {
    return CaseAction.RECORD_CONSENT_WITHDRAWN;
  }

  @Override
  public List<ActionField> fields(Referral referral) {
    return List.of(
        ActionField.date("consentWithdrawnOn", "Date consent was withdrawn", true, ServiceClock.today()),
        ActionField.select("reportedBy", "How the person told us", true, null, CodedOptions.of(ReportedBy.class)),
        ActionField.checkbox("confirmErasure", "Remove this person's details", false)
            .withHint("Their personal and health details are removed for good; the safeguarding record stays."));
  }

  @Override
  protected String done(Referral referral) {
    return "Consent withdrawn is recorded for referral " + referral.getReference()
        + ": its pathway stops and the person's details are removed.";
  }
}
