package org.ohtpathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A referral taken through the whole pathway by the demo staff in a real browser: Tasklist for
 * every step, Cockpit for the manager. The job executor is off, as in every HTTP test; where the
 * engine would run an asynchronous step (the eligibility check, the emails) the test runs the
 * due jobs. Each step leaves a screenshot in target/screenshots.
 */
@HttpTest
class PathwayInTheBrowserTest extends InTheBrowser {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired org.ohtpathway.referral.ReferralService referrals;



  @Test
  void aReferralGoesThroughEveryStepInTasklistAndEndsInCockpitsHistory() {
    try {
      walkThePathway();
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("failed-step");
      throw e;
    }
  }

  private void walkThePathway() {
    LocalDate today = ServiceClock.today();
    String crn = Pathway.newCrn();

    // 1. The probation practitioner makes the referral from the start form.
    tasklist.logIn("paula");
    browser.screenshot("01-tasklist-practitioner");
    tasklist.startForm("Offender Health Trainer pathway", "referral").fill(referral(crn, today));
    browser.screenshot("02-referral-form");
    assertThat(tasklist.start()).contains("started");
    browser.screenshot("03-referral-started");
    pathway.runJobs();
    // Other browser tests share the database: this test's referral is the one with its CRN.
    String reference = referrals.findByCrn(crn).get(0).getReference();

    // 2. The coordinator finds it under Unallocated referrals and allocates it.
    tasklist.logIn("colin");
    tasklist.filter("Unallocated referrals");
    tasklist.task("Triage and allocate referral", "triage", reference);
    browser.screenshot("04-unallocated-referral");
    tasklist.claim();
    tasklist.task("Triage and allocate referral", "triage", reference).fill(ordered(
        "priority", "MEDIUM", "trainerId", "Tina", "triageNote", "Prefers mornings."));
    browser.screenshot("05-triage-form");
    assertThat(tasklist.complete()).contains("completed");
    pathway.runJobs();

    // 3. The Health Trainer works through the referral under My tasks.
    tasklist.logIn("tina");
    tasklist.filter("My tasks");
    // A date of attempt in the future is refused with the reason, and the task stays open.
    tasklist.task("Record first contact attempt", "contact-attempt", reference)
        .fill(contact(today.plusDays(1), today.plusDays(3)));
    assertThat(tasklist.complete()).contains("Date of attempt: cannot be in the future.");
    browser.screenshot("06-contact-attempt-refused");
    tasklist.filter("My tasks");
    assertThat(tasklist.hasTask("Record first contact attempt")).isTrue();
    tasklist.task("Record first contact attempt", "contact-attempt", reference).fill(contact(today, today.plusDays(3)));
    browser.screenshot("07-contact-attempt");
    assertThat(tasklist.complete()).contains("completed");
    pathway.runJobs();

    tasklist.filter("My tasks");
    tasklist.task("Assess health and wellbeing", "assessment", reference).fill(assessment(today));
    browser.screenshot("08-assessment");
    assertThat(tasklist.complete()).contains("completed");
    pathway.runJobs();

    tasklist.filter("My tasks");
    tasklist.task("Agree personal health plan", "health-plan", reference).fill(plan(today));
    browser.screenshot("09-health-plan");
    assertThat(tasklist.complete()).contains("completed");
    pathway.runJobs();

    tasklist.filter("My tasks");
    tasklist.task("Record support session", "support-session", reference).fill(session(today, "ATTENDED", List.of()));
    browser.screenshot("10-support-session");
    assertThat(tasklist.complete()).contains("completed");
    pathway.runJobs();

    tasklist.filter("My tasks");
    tasklist.task("Record support session", "support-session", reference).fill(session(today, "ATTENDED_LATE",
        List.of(ordered("serviceType", "GP_REGISTRATION", "serviceName", "Castle Street Surgery",
            "kindOfHelp", "SUPPORTED_REFERRAL", "referredOn", today))));
    browser.screenshot("11-support-session-onward-referral");
    assertThat(tasklist.complete()).contains("completed");
    pathway.runJobs();
    // The follow-up falls due some days after the onward referral: its timer fires now.
    pathway.fire(runtime.createProcessInstanceQuery().processDefinitionKey(PathwayModel.PROCESS_PATHWAY)
        .processInstanceBusinessKey(reference).singleResult(), "IntermediateCatchEvent_FollowUpDue");

    tasklist.filter("My tasks");
    tasklist.task("Follow up onward referral", "onward-referral-follow-up", reference).fill(ordered(
        "followUpOutcome", "REGISTERED", "followedUpOn", today));
    browser.screenshot("12-follow-up");
    assertThat(tasklist.complete()).contains("completed");
    pathway.runJobs();

    tasklist.filter("My tasks");
    tasklist.task("Review progress", "progress-review", reference).fill(ordered(
        "reviewedOn", today, "decision", "EXIT", "reviewNote", "Goals met; agreed to finish."));
    assertThat(tasklist.complete()).contains("completed");
    pathway.runJobs();

    tasklist.filter("My tasks");
    tasklist.task("Record exit and outcomes", "exit", reference).fill(exit(today));
    browser.screenshot("13-exit");
    assertThat(tasklist.complete()).contains("completed");
    pathway.runJobs();

    tasklist.filter("My tasks");
    tasklist.task("Write exit summary for probation", "exit-summary", reference).fill(ordered(
        "summaryForPractitioner", "Attended both sessions; now registered with a GP.", "consentChecked", true));
    assertThat(tasklist.complete()).contains("completed");
    pathway.runJobs();

    // The practitioner reads the exit summary, which ends the pathway.
    tasklist.logIn("paula");
    tasklist.filter("My tasks");
    tasklist.task("Read exit summary", "exit-summary-receipt", reference).fill("acknowledged", true);
    browser.screenshot("14-exit-summary-received");
    assertThat(tasklist.complete()).contains("completed");
    pathway.runJobs();

    HistoricProcessInstance finished = AsSystem.call(() -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).processInstanceBusinessKey(reference).finished()
        .singleResult());
    assertThat(finished).as("the finished referral").isNotNull();

    // 5. The manager sees the finished referral on the pathway's page in Cockpit.
    browser.logIn("cockpit", "mary", "demo");
    browser.open("/camunda/app/cockpit/default/#/process-definition/" + finished.getProcessDefinitionId() + "/runtime");
    browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Finished']"));
    browser.waitFor(By.xpath("//table[contains(@class,'oht-finished')]//td[normalize-space()='"
        + finished.getBusinessKey() + "']/following-sibling::td[normalize-space()='Completed']"));
    browser.screenshot("15-cockpit-finished-referral");
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  private static Map<String, Object> referral(String crn, LocalDate today) {
    return ordered(
        "crn", crn, "givenName", "Alex", "familyName", "Example", "dateOfBirth", today.minusYears(34),
        "sex", "MALE", "phone", "07700 900123", "safeToPhone", true, "email", "alex@example.org",
        "postcode", "OL11 2AB", "supervisionType", "COMMUNITY_ORDER", "supervisionEndDate", today.plusYears(1),
        "presentingNeeds", List.of("SMOKING", "GP_REGISTRATION", "MENTAL_WELLBEING"), "registeredWithGp", "NO",
        "riskToOthers", "LOW", "riskToSelf", "LOW", "loneWorkingCautions", "Meet at the probation office.",
        "reason", "Wants help to stop smoking and to register with a GP.",
        "consentGiven", true, "consentDate", today.minusDays(1), "consentShareProgress", true,
        "consentReferOn", true, "consentNamedServices", "Stop smoking service, GP practice");
  }

  private static Map<String, Object> contact(LocalDate attemptedOn, LocalDate appointment) {
    return ordered("attemptedOn", attemptedOn, "channel", "PHONE", "attemptOutcome", "APPOINTMENT_BOOKED",
        "appointmentDate", appointment);
  }

  private static Map<String, Object> assessment(LocalDate today) {
    Map<String, Object> values = ordered(
        "assessedOn", today, "topicsToWorkOn", List.of("SMOKING", "GP_REGISTRATION"), "smokingStatus", "SMOKER",
        "cigarettesPerDay", 15, "auditCFrequency", "2", "auditCTypicalAmount", "1", "auditCSixOrMore", "1",
        "drugUse", "PAST", "fruitAndVegetablePortions", 2, "activeDaysPerWeek", 1);
    for (int i = 1; i <= 7; i++) {
      values.put("swemwbs" + i, String.valueOf(i % 2 == 0 ? 2 : 3));
    }
    values.putAll(ordered("gpRegistered", "no", "dentistRegistered", "no", "readinessToChange", "PREPARATION",
        "confidenceToChange", 6, "safeguardingConcern", "no"));
    return values;
  }

  private static Map<String, Object> plan(LocalDate today) {
    return ordered("planAgreedOn", today, "plannedSessions", 2, "appointmentDate", today.plusDays(7),
        "appointmentTime", "14:00", "appointmentPlace", "PROBATION_OFFICE",
        "appointmentOffice", "Rochdale probation office, Town Hall Square, Rochdale OL16 1AB",
        "goals", List.of(
            ordered("topic", "SMOKING", "goal", "Stop smoking", "steps", "Book the stop smoking service",
                "targetDate", today.plusWeeks(8)),
            ordered("topic", "GP_REGISTRATION", "goal", "Register with a GP", "steps", "Fill in the form together",
                "targetDate", today.plusWeeks(4))));
  }

  private static Map<String, Object> session(LocalDate today, String attendance, List<Map<String, Object>> onward) {
    Map<String, Object> values = ordered("sessionDate", today, "attendance", attendance,
        "delivery", "IN_PERSON_PROBATION_OFFICE",
        "goalProgress", List.of(ordered("progress", "SOME_PROGRESS", "progressNote", "Cut down")),
        "sessionNotes", "Talked through cravings.");
    if (!onward.isEmpty()) {
      values.put("onwardReferrals", onward);
    }
    return values;
  }

  private static Map<String, Object> exit(LocalDate today) {
    Map<String, Object> values = ordered("exitedOn", today, "exitReason", "GOALS_MET",
        "goalOutcomes", List.of(ordered("achievement", "ACHIEVED"), ordered("achievement", "PARTLY_ACHIEVED")));
    for (int i = 1; i <= 7; i++) {
      values.put("exitSwemwbs" + i, "4");
    }
    values.putAll(ordered("exitConfidence", 8, "exitGpRegistered", "yes", "exitDentistRegistered", "no",
        "exitSmokingStatus", "EX_SMOKER", "feedback", "Helpful.", "helpfulness", "5"));
    return values;
  }
}
