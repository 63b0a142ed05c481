package org.ohtpathway.referral;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** The referral form: the start form of the pathway. */
@Component
class ReferralForm implements TaskForm {

  static final Pattern CRN = Pattern.compile("^[A-Z][0-9]{6}$");
  static final Pattern POSTCODE =
      Pattern.compile("^[A-Za-z]{1,2}[0-9][0-9A-Za-z]? ?[0-9][A-Za-z]{2}$");

  private final ReferralService referrals;
  private final CaseProgress progress;
  private final IdentityService identity;

  ReferralForm(ReferralService referrals, CaseProgress progress, IdentityService identity) {
    this.referrals = referrals;
    this.progress = progress;
    this.identity = identity;
  }

  @Override
  public String formId() {
    return "referral";
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    LocalDate today = scope.today();
    PersonDetails person = readPerson(in, today);
    ReferralDetails details = readReferral(in, today, scope.actor());
    ConsentDetails consent = readConsent(in, today);
    if (person.crn() != null) {
      progress.ofReferrals(referrals.referralIdsOf(person.crn())).stream()
          .filter(ReferralProgress::isOpen)
          .findFirst()
          .ifPresent(open -> in.check(false, "Case reference number (CRN)",
              "this person already has an open referral" + (open.getPractitionerId().equals(scope.actor())
                  ? ", " + open.getReference() + ". Amend or withdraw that referral instead of making another."
                  : ", made by another practitioner. Ask the OHT coordinators before referring again.")));
    }
    in.requireValid();

    Referral referral = referrals.receive(person, details, consent, scope.processInstanceId(),
        scope.actor(), scope.now());
    scope.setBusinessKey(referral.getReference());
    VariableMap variables = Variables.createVariables();
    PathwayVariables.REFERRAL_ID.putIn(variables, referral.getId());
    PathwayVariables.REFERRAL_REFERENCE.putIn(variables, referral.getReference());
    PathwayVariables.REFERRER_ID.putIn(variables, scope.actor());
    return variables;
  }

  private static PersonDetails readPerson(FormInput in, LocalDate today) {
    String crn = in.matching("crn", "Case reference number (CRN)", CRN,
        "one capital letter followed by six digits, for example A123456");
    LocalDate dateOfBirth = in.requiredDate("dateOfBirth", "Date of birth");
    if (dateOfBirth != null) {
      in.check(dateOfBirth.isBefore(today), "Date of birth", "must be in the past.");
      in.check(dateOfBirth.isAfter(today.minusYears(110)), "Date of birth",
          "must be within the last 110 years.");
    }
    String postcode = in.matching("postcode", "Postcode", POSTCODE, "a UK postcode such as OL11 2AB");
    boolean interpreterNeeded = in.flag("interpreterNeeded");
    return new PersonDetails(
        crn,
        in.requiredText("givenName", "Given name", TextColumn.LINE),
        in.requiredText("familyName", "Family name", TextColumn.LINE),
        dateOfBirth,
        in.code("sex", "Sex", Sex.class),
        in.text("phone", "Phone number", TextColumn.LINE),
        in.email("email", "Email address", TextColumn.LINE),
        in.text("addressLine", "Address", TextColumn.LINE),
        postcode == null ? null : postcode.toUpperCase(),
        in.flag("safeToPhone"),
        in.flag("safeToEmail"),
        interpreterNeeded ? in.requiredText("interpreterLanguage", "Interpreter language", TextColumn.LINE) : null,
        in.text("accessibilityNeeds", "Accessibility needs", TextColumn.NOTE),
        in.text("commitments", "Caring or work commitments", TextColumn.NOTE));
  }

  private ReferralDetails readReferral(FormInput in, LocalDate today, String referrer) {
    SupervisionType supervision = in.code("supervisionType", "Type of supervision", SupervisionType.class);
    LocalDate supervisionEnd = supervision == SupervisionType.NONE
        ? in.date("supervisionEndDate", "Supervision end date")
        : in.requiredDate("supervisionEndDate", "Supervision end date");
    if (supervisionEnd != null) {
      in.check(!supervisionEnd.isBefore(today), "Supervision end date",
          "cannot be in the past: the supervision must still be running at referral.");
    }
    boolean releasing = in.flag("releasingFromCustody");
    LocalDate release = releasing
        ? in.requiredDate("releaseDate", "Release date") : in.date("releaseDate", "Release date");
    if (releasing && release != null) {
      in.check(!release.isBefore(today), "Release date", "must be today or later for someone being released.");
    }
    Set<HealthNeed> needs = in.codes("presentingNeeds", "Presenting needs", HealthNeed.class);
    in.check(!needs.isEmpty(), "Presenting needs", "choose at least one need the person wants help with.");
    User practitioner = AsSystem.call(() -> identity.createUserQuery().userId(referrer).singleResult());
    String name = in.text("practitionerName", "Your name", TextColumn.LINE);
    String email = in.email("practitionerEmail", "Your email address", TextColumn.LINE);
    if (name == null && practitioner != null) {
      name = (practitioner.getFirstName() + " " + practitioner.getLastName()).trim();
    }
    if (email == null && practitioner != null) {
      email = practitioner.getEmail();
    }
    in.check(name != null && !name.isBlank(), "Your name", "is required.");
    // A name taken from the profile (first and last name) may be longer than the referral keeps.
    name = in.fits("Your name", name, TextColumn.LINE);
    in.check(email != null && !email.isBlank(), "Your email address", "is required.");
    return new ReferralDetails(
        supervision,
        supervisionEnd,
        releasing ? release : null,
        needs,
        in.code("registeredWithGp", "Registered with a GP?", YesNoNotKnown.class),
        in.flag("mentalHealthCrisis"),
        in.code("riskToOthers", "Risk to others", RiskLevel.class),
        in.code("riskToSelf", "Risk to self", RiskLevel.class),
        in.text("loneWorkingCautions", "Lone-working cautions", TextColumn.NOTE),
        in.requiredText("reason", "Reason for referral", TextColumn.NOTE),
        name,
        email,
        in.text("practitionerPhone", "Your phone number", TextColumn.LINE));
  }

  private static ConsentDetails readConsent(FormInput in, LocalDate today) {
    boolean given = in.flag("consentGiven");
    LocalDate givenOn = given ? in.requiredDate("consentDate", "Date consent was given") : null;
    if (givenOn != null) {
      in.check(!givenOn.isAfter(today), "Date consent was given", "cannot be in the future.");
    }
    boolean referOn = in.flag("consentReferOn");
    return new ConsentDetails(given, givenOn, in.flag("consentShareProgress"),
        in.flag("consentShareWithGp"), referOn,
        referOn ? in.text("consentNamedServices", "Services the person agreed to be referred to",
            TextColumn.PARAGRAPH) : null);
  }
}
