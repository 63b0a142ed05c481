package org.ohtpathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.junit.jupiter.api.Test;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dates in Tasklist as UK staff write them, and a refused form's problems at its fields, in a
 * real browser: a referral is typed and picked in the start form, refused once, corrected and
 * sent; the record holds the days typed, day first. Screenshots for the staff guide's "Dates and
 * errors" (-Dbrowser.screenshots=docs/images/staff-guide).
 */
@HttpTest
class DatesAndErrorsInTheBrowserTest extends InTheBrowser {

  @Autowired ReferralService referrals;



  @Test
  void aUkDateTypedInTasklistIsTheDayTheRecordHolds() {
    try {
      typeAndPickDatesAndSendTheReferral();
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("dates-failed-step");
      throw e;
    }
  }

  private void typeAndPickDatesAndSendTheReferral() {
    LocalDate today = ServiceClock.today();
    int nextYear = today.getYear() + 1;
    String crn = Pathway.newCrn();

    tasklist.logIn(DemoUsers.PRACTITIONER);
    CamundaForm form = tasklist.startForm("Offender Health Trainer pathway", "referral").fill(person(crn));

    // The 3rd of April, typed the UK way: the field keeps it as typed, day first.
    form.typeDate("dateOfBirth", "03/04/1990");
    assertThat(form.dateInput("dateOfBirth").getAttribute("value")).isEqualTo("03/04/1990");
    assertThat(form.dateInput("supervisionEndDate").getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
    form.fill(supervisionAndHealth());

    // A date that does not exist is not turned into another: the field says what to type.
    form.typeDate("consentDate", "31/02/" + today.getYear());
    assertThat(form.saysAt("consentDate")).contains("There is no such date").contains("day/month/year");
    assertThat(form.dateInput("consentDate").getAttribute("value")).isEmpty();

    // The calendar starts its weeks on Monday; today is picked from it.
    WebElement calendar = form.openCalendar("consentDate");
    assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")).get(0).getText()).isEqualTo("Mon");
    pause(); // the calendar fades in
    browser.screenshot("dates-01-calendar");
    // Escape closes the calendar, never the half-filled referral.
    form.dateInput("consentDate").sendKeys(Keys.ESCAPE);
    assertThat(browser.waitFor(Tasklist.START).isDisplayed()).as("the start form is still open").isTrue();
    assertThat(form.dateInput("dateOfBirth").getAttribute("value")).isEqualTo("03/04/1990");
    form.pickToday("consentDate");
    assertThat(form.dateInput("consentDate").getAttribute("value")).isEqualTo(today.format(CamundaForm.DATE));
    form.fill(consent());

    // A supervision that has ended is refused: in plain words, at its field, the Start button free.
    form.typeDate("supervisionEndDate", "03/04/" + (today.getYear() - 1));
    String refused = tasklist.start();
    assertThat(refused).contains("Supervision end date: cannot be in the past")
        .doesNotContain("Cannot instantiate").doesNotContain("Cannot submit");
    assertThat(form.saysAt("supervisionEndDate")).contains("Cannot be in the past");
    assertThat(browser.all(By.cssSelector(".notifications .alert"))).noneMatch(WebElement::isDisplayed);
    assertThat(tasklist.uncovered(Tasklist.START)).as("nothing covers the Start button").isTrue();
    browser.scrollToTop(By.cssSelector(".modal .oht-form-refusal"));
    browser.screenshot("dates-02-refused-at-the-field");

    form.typeDate("supervisionEndDate", "03/04/" + nextYear);
    assertThat(tasklist.start()).contains("started");
    pathway.runJobs();

    Referral referral = referrals.findByCrn(crn).get(0);
    assertThat(referral.getSupervisionEndDate()).isEqualTo(LocalDate.of(nextYear, 4, 3));
    assertThat(referrals.peopleOf(List.of(referral.getId())).get(referral.getId()).getDateOfBirth())
        .isEqualTo(LocalDate.of(1990, 4, 3));
    assertThat(referrals.consent(referral.getId()).getGivenOn()).isEqualTo(today);

    // A form shows the dates it reads in the one format.
    ProcessInstance pathwayInstance = AsSystem.call(() -> instanceOf(referral.getReference()).singleResult());
    pathway.submit(pathwayInstance, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Pathway.triageForm(DemoUsers.TRAINER));
    pathway.submit(pathwayInstance, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER,
        Pathway.contactForm("NOT_REACHED"));
    tasklist.logIn(DemoUsers.TRAINER);
    tasklist.filter("My tasks");
    tasklist.task("Record first contact attempt", "contact-attempt", referral.getReference());
    WebElement earlier = browser.waitFor(By.cssSelector(".fjs-container [id$='-Field_shown_previousAttempts']"));
    assertThat(earlier.getAttribute("value")).startsWith(ShownDates.day(today) + " by Phone");
    browser.scrollToTop(By.cssSelector(".fjs-container [id$='-Field_shown_previousAttempts']"));
    browser.screenshot("dates-03-earlier-attempts");
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private ProcessInstanceQuery instanceOf(String reference) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).processInstanceBusinessKey(reference);
  }

  private static Map<String, Object> person(String crn) {
    return ordered("crn", crn, "givenName", "Dana", "familyName", "Example", "sex", "FEMALE",
        "phone", "07700 900456", "safeToPhone", true, "postcode", "OL11 2AB");
  }

  private static Map<String, Object> supervisionAndHealth() {
    return ordered("supervisionType", "COMMUNITY_ORDER",
        "presentingNeeds", List.of("SMOKING"), "registeredWithGp", "YES",
        "riskToOthers", "LOW", "riskToSelf", "LOW", "reason", "Wants to stop smoking.",
        "consentGiven", true);
  }

  private static Map<String, Object> consent() {
    return ordered("consentShareProgress", true);
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }
}
