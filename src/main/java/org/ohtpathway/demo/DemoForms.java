package org.ohtpathway.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.ohtpathway.process.ServiceClock;

/**
 * The pathway's forms filled in as staff would, with made-up people: what the demo data and the
 * tests submit through the engine.
 */
public final class DemoForms {

  private DemoForms() {
  }

  /** A referral of a made-up person who is eligible: adult, in the service area, consent given. */
  public static Map<String, Object> referralForm(String crn, String givenName, String familyName) {
    LocalDate today = ServiceClock.today();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("crn", crn);
    form.put("givenName", givenName);
    form.put("familyName", familyName);
    form.put("dateOfBirth", today.minusYears(34).toString());
    form.put("sex", "MALE");
    form.put("phone", "07700 900123");
    form.put("safeToPhone", true);
    form.put("email", givenName.toLowerCase() + "@example.org");
    form.put("safeToEmail", false);
    form.put("postcode", "OL11 2AB");
    form.put("interpreterNeeded", false);
    form.put("supervisionType", "COMMUNITY_ORDER");
    form.put("supervisionEndDate", today.plusYears(1).toString());
    form.put("releasingFromCustody", false);
    form.put("presentingNeeds", json("[\"SMOKING\",\"GP_REGISTRATION\",\"MENTAL_WELLBEING\"]"));
    form.put("registeredWithGp", "NO");
    form.put("mentalHealthCrisis", false);
    form.put("riskToOthers", "LOW");
    form.put("riskToSelf", "LOW");
    form.put("loneWorkingCautions", "Meet at the probation office.");
    form.put("reason", "Wants help to stop smoking and to register with a GP.");
    form.put("consentGiven", true);
    form.put("consentDate", today.minusDays(1).toString());
    form.put("consentShareProgress", true);
    form.put("consentShareWithGp", false);
    form.put("consentReferOn", true);
    form.put("consentNamedServices", "Stop smoking service, GP practice");
    return form;
  }

  public static TypedValue json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  private static String today() {
    return ServiceClock.today().toString();
  }

  public static Map<String, Object> triageForm(String trainer) {
    return new LinkedHashMap<>(Map.of("triageOutcome", "ALLOCATE", "priority", "MEDIUM", "trainerId", trainer,
        "triageNote", "Prefers mornings."));
  }

  public static Map<String, Object> contactForm(String outcome) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("attemptedOn", today());
    form.put("channel", "PHONE");
    form.put("attemptOutcome", outcome);
    if ("APPOINTMENT_BOOKED".equals(outcome)) {
      form.put("appointmentDate", ServiceClock.today().plusDays(3).toString());
    }
    return form;
  }

  public static Map<String, Object> assessmentForm(boolean safeguardingConcern) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("assessedOn", today());
    form.put("topicsToWorkOn", json("[\"SMOKING\",\"GP_REGISTRATION\"]"));
    form.put("smokingStatus", "SMOKER");
    form.put("cigarettesPerDay", 15);
    form.put("auditCFrequency", "2");
    form.put("auditCTypicalAmount", "1");
    form.put("auditCSixOrMore", "1");
    form.put("drugUse", "PAST");
    form.put("fruitAndVegetablePortions", 2);
    form.put("activeDaysPerWeek", 1);
    for (int i = 1; i <= 7; i++) {
      form.put("swemwbs" + i, String.valueOf(i % 2 == 0 ? 2 : 3));
    }
    form.put("gpRegistered", "no");
    form.put("dentistRegistered", "no");
    form.put("readinessToChange", "PREPARATION");
    form.put("confidenceToChange", 6);
    form.put("safeguardingConcern", safeguardingConcern ? "yes" : "no");
    if (safeguardingConcern) {
      form.put("safeguardingAtRisk", "A_CHILD");
      form.put("safeguardingImmediateDanger", "no");
      form.put("safeguardingDetails", "Mentions a child left alone at home.");
    }
    return form;
  }

  public static Map<String, Object> planForm(int plannedSessions, int goals) {
    List<String> rows = new ArrayList<>();
    String[][] examples = {
        {"SMOKING", "Stop smoking", "Book stop smoking service; set quit date"},
        {"GP_REGISTRATION", "Register with a GP", "Fill in the registration form together"},
        {"PHYSICAL_ACTIVITY", "Walk 30 minutes three times a week", "Plan walks"}};
    for (int i = 0; i < goals; i++) {
      rows.add(String.format("{\"topic\":\"%s\",\"goal\":\"%s\",\"steps\":\"%s\",\"targetDate\":\"%s\"}",
          examples[i][0], examples[i][1], examples[i][2], ServiceClock.today().plusWeeks(8)));
    }
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("planAgreedOn", today());
    form.put("plannedSessions", plannedSessions);
    form.putAll(appointment(ServiceClock.today().plusDays(7), "14:00"));
    form.put("goals", json("[" + String.join(",", rows) + "]"));
    return form;
  }

  /** An appointment at the Rochdale probation office, 45 minutes from {@code startsAt}. */
  public static Map<String, Object> appointment(LocalDate on, String startsAt) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("appointmentDate", on.toString());
    form.put("appointmentTime", startsAt);
    form.put("appointmentLength", 45);
    form.put("appointmentPlace", "PROBATION_OFFICE");
    form.put("appointmentOffice", "rochdale");
    return form;
  }

  public static Map<String, Object> sessionForm(String attendance) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("sessionDate", today());
    form.put("attendance", attendance);
    if (attendance.startsWith("ATTENDED")) {
      form.put("delivery", "IN_PERSON_PROBATION_OFFICE");
      form.put("goalProgress", json("[{\"goalNumber\":1,\"progress\":\"SOME_PROGRESS\",\"progressNote\":\"Cut down\"}]"));
      form.put("sessionNotes", "Talked through cravings.");
    }
    if (attendance.equals("RESCHEDULED")) {
      form.put("rescheduledBy", "PERSON");
      form.put("rescheduleReason", "Has a job interview that morning.");
      form.putAll(appointment(ServiceClock.today().plusDays(2), "10:30"));
    } else {
      form.putAll(appointment(ServiceClock.today().plusDays(7), "14:00"));
    }
    form.put("onwardReferrals", json("[{}]"));
    form.put("reviewRequested", false);
    return form;
  }

  public static Map<String, Object> sessionWithOnwardReferrals(String... serviceTypes) {
    Map<String, Object> form = sessionForm("ATTENDED");
    List<String> rows = new ArrayList<>();
    for (String type : serviceTypes) {
      rows.add(String.format("{\"serviceType\":\"%s\",\"serviceName\":\"%s service\",\"kindOfHelp\":\"SUPPORTED_REFERRAL\"}",
          type, type));
    }
    form.put("onwardReferrals", json("[" + String.join(",", rows) + "]"));
    return form;
  }

  public static Map<String, Object> followUpForm(String outcome) {
    return new LinkedHashMap<>(Map.of("followUpOutcome", outcome, "followedUpOn", today()));
  }

  public static Map<String, Object> reviewForm(String decision, Integer additionalSessions) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("reviewedOn", today());
    form.put("decision", decision);
    if (additionalSessions != null) {
      form.put("additionalSessions", additionalSessions);
    }
    form.put("reviewNote", "Discussed with the person.");
    return form;
  }

  public static Map<String, Object> exitForm(String reason, int goals) {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= goals; i++) {
      rows.add("{\"goalNumber\":" + i + ",\"achievement\":\"" + (i == 1 ? "ACHIEVED" : "PARTLY_ACHIEVED") + "\"}");
    }
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("exitedOn", today());
    form.put("exitReason", reason);
    form.put("goalOutcomes", json("[" + String.join(",", rows) + "]"));
    form.put("measuresNotCollected", json("[]"));
    for (int i = 1; i <= 7; i++) {
      form.put("exitSwemwbs" + i, "4");
    }
    form.put("exitConfidence", 8);
    form.put("exitGpRegistered", "yes");
    form.put("exitDentistRegistered", "no");
    form.put("exitSmokingStatus", "EX_SMOKER");
    form.put("feedback", "Helpful.");
    form.put("helpfulness", "5");
    return form;
  }

  public static Map<String, Object> exitSummaryForm() {
    return new LinkedHashMap<>(Map.of(
        "summaryForPractitioner", "Attended all sessions; now registered with a GP.",
        "consentChecked", true));
  }

  public static Map<String, Object> acknowledgement() {
    return new LinkedHashMap<>(Map.of("acknowledged", true));
  }

}
