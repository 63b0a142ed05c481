package org.ohtpathway.referral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.casework.ActionField;
import org.ohtpathway.casework.CaseActionForm;
import org.ohtpathway.form.Coded;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.ReferralProgress;
import org.springframework.stereotype.Component;

/**
 * Case action "Amend the referral": contact details, address, risk, lone-working cautions,
 * needs and supervision dates, each starting with today's value; a reason is required. The
 * pathway then checks eligibility and priority again where an input of theirs changed and
 * tells the Health Trainer ({@code BoundaryEvent_ReferralAmended}).
 */
@Component
class AmendReferralForm implements CaseActionForm {

  private final AmendmentService amendments;
  private final PathwayMessages messages;

  AmendReferralForm(AmendmentService amendments, PathwayMessages messages) {
    this.amendments = amendments;
    this.messages = messages;
  }

  @Override public String id() { return "amend"; }

  @Override public String label() { return "Amend the referral"; }

  @Override public CaseAction action() { return CaseAction.AMEND_REFERRAL; }

  @Override
  public boolean appliesTo(ReferralProgress progress) {
    return progress.isOpen();
  }

  @Override
  public List<ActionField> fields(Referral referral) {
    Amendment today = amendments.today(referral.getId());
    return List.of(
        ActionField.text("phone", "Phone number", false, today.phone()),
        ActionField.text("email", "Email address", false, today.email()),
        ActionField.checkbox("safeToPhone", "Safe to phone", today.safeToPhone()),
        ActionField.checkbox("safeToEmail", "Safe to email", today.safeToEmail()),
        ActionField.text("addressLine", "Address", false, today.addressLine()),
        ActionField.text("postcode", "Postcode", true, today.postcode()),
        ActionField.select("riskToOthers", "Risk to others", true, name(today.riskToOthers()), options(RiskLevel.class)),
        ActionField.select("riskToSelf", "Risk to self", true, name(today.riskToSelf()), options(RiskLevel.class)),
        ActionField.textarea("loneWorkingCautions", "Lone-working cautions", false, today.loneWorkingCautions()),
        ActionField.checklist("presentingNeeds", "Presenting needs",
            today.presentingNeeds().stream().map(Enum::name).sorted().toList(), options(HealthNeed.class)),
        ActionField.date("supervisionEndDate", "Supervision end date", false, string(today.supervisionEndDate())),
        ActionField.date("releaseDate", "Release date", false, string(today.releaseDate()))
            .withHint("Only for someone being released from custody."),
        ActionField.textarea("reason", "Reason for the change", true, null));
  }

  @Override
  public String take(Referral referral, FormInput in, String actor) {
    // A detail the request leaves out stays as it is: only what is sent is changed.
    Amendment today = amendments.today(referral.getId());
    String postcode = in.sent("postcode")
        ? in.matching("postcode", "Postcode", ReferralForm.POSTCODE, "a UK postcode such as OL11 2AB")
        : today.postcode();
    Set<HealthNeed> needs = in.sent("presentingNeeds")
        ? in.codes("presentingNeeds", "Presenting needs", HealthNeed.class) : today.presentingNeeds();
    in.check(!needs.isEmpty(), "Presenting needs", "choose at least one need the person wants help with.");
    LocalDate release = in.sent("releaseDate") ? in.date("releaseDate", "Release date") : today.releaseDate();
    if (release != null && in.sent("releaseDate")) {
      in.check(!release.isBefore(ServiceClock.today()), "Release date", "must be today or later.");
      in.check(!release.isAfter(ServiceClock.today().plusYears(30)), "Release date", "must be within 30 years.");
    }
    LocalDate supervisionEnd = in.sent("supervisionEndDate")
        ? in.date("supervisionEndDate", "Supervision end date") : today.supervisionEndDate();
    if (supervisionEnd != null && in.sent("supervisionEndDate")) {
      in.check(!supervisionEnd.isBefore(ServiceClock.today().minusYears(1))
          && !supervisionEnd.isAfter(ServiceClock.today().plusYears(30)), "Supervision end date",
          "must be within a year before today and 30 years after.");
    }
    Amendment amended = new Amendment(
        in.sent("phone") ? in.text("phone", "Phone number", TextColumn.LINE) : today.phone(),
        in.sent("email") ? in.email("email", "Email address", TextColumn.LINE) : today.email(),
        in.sent("safeToPhone") ? in.checkbox("safeToPhone", "Safe to phone") : today.safeToPhone(),
        in.sent("safeToEmail") ? in.checkbox("safeToEmail", "Safe to email") : today.safeToEmail(),
        in.sent("addressLine") ? in.text("addressLine", "Address", TextColumn.LINE) : today.addressLine(),
        postcode == null ? null : postcode.toUpperCase(),
        in.sent("riskToOthers") ? in.code("riskToOthers", "Risk to others", RiskLevel.class) : today.riskToOthers(),
        in.sent("riskToSelf") ? in.code("riskToSelf", "Risk to self", RiskLevel.class) : today.riskToSelf(),
        in.sent("loneWorkingCautions") ? in.text("loneWorkingCautions", "Lone-working cautions", TextColumn.NOTE)
            : today.loneWorkingCautions(),
        needs,
        supervisionEnd,
        release);
    String reason = in.requiredText("reason", "Reason for the change", TextColumn.PARAGRAPH);
    in.requireValid();
    Set<ReferralField> changed = amendments.amend(referral.getId(), amended, reason, actor);
    in.check(!changed.isEmpty(), "The referral's details", "none was changed: change a detail, or cancel.");
    in.requireValid();
    messages.send(referral.getProcessInstanceId(), PathwayModel.MESSAGE_REFERRAL_AMENDED);
    return "Referral " + referral.getReference() + " is amended (" + changed.size() + " detail"
        + (changed.size() == 1 ? "" : "s") + " changed); its Health Trainer is told.";
  }

  static <E extends Enum<E> & Coded> Map<String, String> options(Class<E> type) {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(type.getEnumConstants()).forEach(constant -> options.put(constant.name(), constant.label()));
    return options;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }
}
