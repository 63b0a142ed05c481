package org.ohtpathway.withdrawal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.casework.ActionField;
import org.ohtpathway.casework.CaseActionForm;
import org.ohtpathway.form.CodedOptions;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.process.StartForms;
import org.ohtpathway.process.SystemCommands;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.Referral;
import org.springframework.stereotype.Component;

/**
 * Recording that consent is withdrawn from the case view: as the start form of
 * {@code WithdrawConsent} does, the details go only once the user, shown whose they are, ticks
 * "Remove this person's details" and sends again ({@link CaseAuthority#confirmationToErase}); then
 * the start form of {@code WithdrawConsent} is submitted for it, which records the withdrawal.
 */
@Component
class ConsentWithdrawnFromCase implements CaseActionForm {

  private final CaseAuthority authority;
  private final PathwayMessages messages;
  private final StartForms startForms;
  private final SystemCommands system;

  ConsentWithdrawnFromCase(CaseAuthority authority, PathwayMessages messages, StartForms startForms,
      SystemCommands system) {
    this.authority = authority;
    this.messages = messages;
    this.startForms = startForms;
    this.system = system;
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
  public boolean appliesTo(ReferralProgress progress) {
    return system.call(() -> messages.canReceive(progress.getProcessInstanceId(),
        PathwayModel.MESSAGE_CONSENT_WITHDRAWN));
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
  public String take(Referral referral, FormInput in, String actor) {
    LocalDate withdrawnOn = in.requiredDate("consentWithdrawnOn", "Date consent was withdrawn");
    if (withdrawnOn != null) {
      in.check(!withdrawnOn.isAfter(ServiceClock.today()), "Date consent was withdrawn", "cannot be in the future.");
    }
    ReportedBy reportedBy = in.code("reportedBy", "How the person told us", ReportedBy.class);
    String whose = authority.confirmationToErase(referral, in.flag("confirmErasure"));
    in.check(whose == null, "Remove this person's details", whose);
    in.requireValid();
    // The start form of WithdrawConsent records it; the confirmation just given stands for it too.
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("referralReference", referral.getReference());
    form.put("consentWithdrawnOn", withdrawnOn.toString());
    form.put("reportedBy", reportedBy.name());
    form.put("confirmErasure", true);
    startForms.submit(PathwayModel.PROCESS_WITHDRAW_CONSENT, form);
    return "Consent withdrawn is recorded for referral " + referral.getReference()
        + ": its pathway stops and the person's details are removed.";
  }
}
