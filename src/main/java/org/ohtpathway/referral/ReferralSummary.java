package org.ohtpathway.referral;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ohtpathway.form.Coded;
import org.ohtpathway.form.ShownDates;

/**
 * What the staff working on a referral see about it at the top of their forms. These
 * become task-local variables, which are never written to the engine's history.
 */
public record ReferralSummary(
    String reference,
    String personName,
    String crn,
    String dateOfBirth,
    String presentingNeeds,
    String risk,
    String loneWorkingCautions,
    String contactDetails,
    String accessibility,
    String practitioner) {

  /** With the practitioner as the referral names them: who made it, while they hold it. */
  static ReferralSummary of(Referral referral) {
    return of(referral, referral.getPractitionerName() + " (" + referral.getPractitionerEmail() + ")");
  }

  /** With the practitioner who holds the case now. */
  static ReferralSummary of(Referral referral, String practitioner) {
    Person person = referral.getPerson();
    return new ReferralSummary(
        referral.getReference(),
        person.getName(),
        person.getCrn() == null ? "removed" : person.getCrn(),
        person.getDateOfBirth() == null ? "removed" : ShownDates.day(person.getDateOfBirth()),
        referral.getPresentingNeeds().stream().map(Coded::label).collect(Collectors.joining(", ")),
        referral.getRiskToOthers() == null ? "Removed."
            : "Risk to others: " + referral.getRiskToOthers().label()
                + ". Risk to self: " + referral.getRiskToSelf().label() + ".",
        orNone(referral.getLoneWorkingCautions()),
        contactDetails(person),
        accessibility(person),
        practitioner);
  }

  private static String contactDetails(Person person) {
    String phone = person.getPhone() == null ? "no phone"
        : "phone " + person.getPhone() + (person.isSafeToPhone() ? " (safe to call)" : " (NOT safe to call)");
    String email = person.getEmail() == null ? "no email"
        : "email " + person.getEmail() + (person.isSafeToEmail() ? " (safe to email)" : " (NOT safe to email)");
    return phone + "; " + email;
  }

  private static String accessibility(Person person) {
    String interpreter = person.getInterpreterLanguage() == null
        ? "No interpreter needed." : "Interpreter needed: " + person.getInterpreterLanguage() + ".";
    String needs = person.getAccessibilityNeeds() == null ? "" : " " + person.getAccessibilityNeeds();
    String commitments = person.getCommitments() == null ? "" : " Commitments: " + person.getCommitments();
    return interpreter + needs + commitments;
  }

  private static String orNone(String text) {
    return text == null ? "None recorded" : text;
  }

  /** The details as form variables, for the read-only header of every stage's form. */
  public Map<String, Object> asFormContext() {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("personName", personName);
    context.put("crn", crn);
    context.put("dateOfBirth", dateOfBirth);
    context.put("presentingNeeds", presentingNeeds);
    context.put("risk", risk);
    context.put("loneWorkingCautions", loneWorkingCautions);
    context.put("contactDetails", contactDetails);
    context.put("accessibility", accessibility);
    context.put("practitioner", practitioner);
    return context;
  }
}
