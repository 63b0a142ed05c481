package org.ohtpathway.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohtpathway.process.PathwayModel.TASK_ACT_ON_SAFEGUARDING_CONCERN;
import static org.ohtpathway.process.PathwayModel.TASK_AGREE_HEALTH_PLAN;
import static org.ohtpathway.process.PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_CONTACT_ATTEMPT;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_EXIT;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_SUPPORT_SESSION;
import static org.ohtpathway.process.PathwayModel.TASK_REVIEW_PROGRESS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.signposting.OnwardReferral;
import org.ohtpathway.signposting.SignpostingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dates on the pathway's forms: shown in one format, read as UK staff write them, and refused
 * with the reason when they cannot be right.
 */
@PathwayTest
class DatesOnFormsTest {

  @Autowired ProcessEngine engine;
  @Autowired ReferralService referrals;
  @Autowired SignpostingService signposting;

  Pathway pathway;

  @BeforeEach
  void setUp() {
    pathway = new Pathway(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // shown ///////////////////////////////////////////////////////////////

  @Test
  void daysAndMomentsAreShownInOneFormatInUkTime() {
    assertThat(ShownDates.day(LocalDate.of(2027, 4, 3))).isEqualTo("3 Apr 2027");
    assertThat(ShownDates.day(LocalDate.of(2027, 9, 30))).isEqualTo("30 Sep 2027");
    // 13:05 UTC in summer is 14:05 in London; in winter the two agree.
    assertThat(ShownDates.moment(Instant.parse("2027-04-03T13:05:00Z"))).isEqualTo("3 Apr 2027, 14:05");
    assertThat(ShownDates.moment(Instant.parse("2026-12-01T08:06:40.950Z"))).isEqualTo("1 Dec 2026, 08:06");
    assertThat(ShownDates.day(null)).isEmpty();
  }

  @Test
  void theDatesAFormShowsAreInTheOneFormat() {
    Map<String, Object> referralForm = Pathway.referralForm();
    referralForm.put("dateOfBirth", "1990-04-03");
    ProcessInstance referral = pathway.refer(referralForm);
    pathway.submit(referral, "Task_TriageAndAllocate", DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("NOT_REACHED"));

    Task task = pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT);
    Map<String, Object> shown = pathway.as(DemoUsers.TRAINER, () -> pathway.formVariables(task));

    assertThat(shown.get("dateOfBirth")).isEqualTo("3 Apr 1990");
    assertThat(String.valueOf(shown.get("previousAttempts")))
        .startsWith(ShownDates.day(ServiceClock.today()) + " by ");
  }

  @Test
  void aSafeguardingConcernSaysWhenItWasRaisedInUkTime() {
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(true));
    Task action = pathway.task(referral, TASK_ACT_ON_SAFEGUARDING_CONCERN);

    Map<String, Object> shown = pathway.as(DemoUsers.SAFEGUARDING_LEAD, () -> pathway.formVariables(action));

    assertThat(String.valueOf(shown.get("concernRaisedBy")))
        .matches(".* on \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
  }

  // typed ///////////////////////////////////////////////////////////////

  @Test
  void aDateWrittenTheUkWayIsReadDayFirst() {
    Map<String, Object> form = Pathway.referralForm();
    form.put("dateOfBirth", "03/04/1990");
    pathway.refer(form);

    Referral referral = referrals.findByCrn((String) form.get("crn")).get(0);
    assertThat(referrals.peopleOf(List.of(referral.getId())).get(referral.getId()).getDateOfBirth())
        .isEqualTo(LocalDate.of(1990, 4, 3));
  }

  @Test
  void aDateThatIsNotOneIsRefusedSayingHowToWriteIt() {
    Map<String, Object> form = Pathway.referralForm();
    form.put("dateOfBirth", "31/02/1990");

    assertThatThrownBy(() -> pathway.refer(form))
        .hasMessageContaining("Date of birth: must be a date, day/month/year, such as 31/03/2026.");
  }

  // refused /////////////////////////////////////////////////////////////

  @Test
  void aSupervisionThatHasEndedCannotBeReferred() {
    Map<String, Object> form = Pathway.referralForm();
    form.put("supervisionEndDate", ServiceClock.today().minusDays(1).toString());

    assertThatThrownBy(() -> pathway.refer(form))
        .hasMessageContaining("Supervision end date: cannot be in the past");
    assertThat(referrals.findByCrn((String) form.get("crn"))).isEmpty();
  }

  @Test
  void aContactAttemptCannotBeDatedBeforeTheReferralWasAllocated() {
    ProcessInstance referral = pathway.referAndAllocate();
    Map<String, Object> form = Pathway.contactForm("NOT_REACHED");
    form.put("attemptedOn", ServiceClock.today().minusDays(1).toString());

    assertThatThrownBy(() -> pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, form))
        .hasMessageContaining("Date of attempt: cannot be before the referral was allocated ("
            + ShownDates.day(ServiceClock.today()) + ").");
  }

  @Test
  void anAssessmentCannotBeDatedBeforeTheReferralWasAllocated() {
    ProcessInstance referral = pathway.referToAssessment();
    Map<String, Object> form = Pathway.assessmentForm(false);
    form.put("assessedOn", ServiceClock.today().minusDays(2).toString());

    assertThatThrownBy(() -> pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, form))
        .hasMessageContaining("Date of assessment: cannot be before the referral was allocated");
  }

  @Test
  void aPlanCannotBeAgreedBeforeTheAssessment() {
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));
    Map<String, Object> form = Pathway.planForm(2, 1);
    form.put("planAgreedOn", ServiceClock.today().minusDays(1).toString());

    assertThatThrownBy(() -> pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, form))
        .hasMessageContaining("Date the plan was agreed: cannot be before the assessment");
  }

  @Test
  void aGoalsTargetDateCannotBeBeforeThePlan() {
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));
    Map<String, Object> form = Pathway.planForm(2, 1);
    form.put("goals", Pathway.json("[{\"topic\":\"SMOKING\",\"goal\":\"Stop smoking\",\"steps\":\"Book\","
        + "\"targetDate\":\"" + ServiceClock.today().minusDays(3) + "\"}]"));

    assertThatThrownBy(() -> pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, form))
        .hasMessageContaining("Goal 1, target date: must be after the date the plan was agreed.");
  }

  @Test
  void aSessionCannotBeDatedBeforeThePlanWasAgreed() {
    ProcessInstance referral = pathway.referToSessions(2);
    Map<String, Object> form = Pathway.sessionForm("ATTENDED");
    form.put("sessionDate", ServiceClock.today().minusDays(1).toString());

    assertThatThrownBy(() -> pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, form))
        .hasMessageContaining("Date of the session: cannot be before the plan was agreed ("
            + ShownDates.day(ServiceClock.today()) + ").");
  }

  @Test
  void anOnwardReferralCannotBeDatedBeforeTheSessionThatMadeItNorInTheFuture() {
    ProcessInstance referral = pathway.referToSessions(2);
    Map<String, Object> form = Pathway.sessionForm("ATTENDED");
    LocalDate today = ServiceClock.today();
    form.put("onwardReferrals", Pathway.json("["
        + "{\"serviceType\":\"DENTIST\",\"serviceName\":\"Dental\",\"kindOfHelp\":\"SIGNPOSTED\",\"referredOn\":\""
        + today.minusDays(1) + "\"},"
        + "{\"serviceType\":\"STOP_SMOKING\",\"serviceName\":\"Quit\",\"kindOfHelp\":\"SIGNPOSTED\",\"referredOn\":\""
        + today.plusDays(1) + "\"}]"));

    assertThatThrownBy(() -> pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, form))
        .hasMessageContaining("Onward referral 1, date: cannot be before the session that made it ("
            + ShownDates.day(today) + ").")
        .hasMessageContaining("Onward referral 2, date: cannot be in the future.");
    assertThat(signposting.onwardReferralsOf(pathway.referralId(referral))).isEmpty();
  }

  @Test
  void anOnwardReferralOnTheDayOfTheSessionIsKept() {
    ProcessInstance referral = pathway.referToSessions(2);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
        Pathway.sessionWithOnwardReferrals("DENTIST"));

    List<OnwardReferral> made = signposting.onwardReferralsOf(pathway.referralId(referral));
    assertThat(made).extracting(OnwardReferral::getReferredOn).containsExactly(ServiceClock.today());
  }

  @Test
  void anExitCannotBeDatedBeforeTheAssessment() {
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));
    Map<String, Object> form = Pathway.exitForm("GOALS_MET", 2);
    form.put("exitedOn", ServiceClock.today().minusDays(1).toString());

    assertThatThrownBy(() -> pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, form))
        .hasMessageContaining("Date of exit: cannot be before the assessment");
  }

  @Test
  void aSafeguardingActionCannotBeDatedBeforeTheConcernWasRaised() {
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(true));
    Task action = pathway.task(referral, TASK_ACT_ON_SAFEGUARDING_CONCERN);
    // The next day, the action is recorded as taken the day before the concern was raised.
    ClockUtil.setCurrentTime(Date.from(ServiceClock.now().plusSeconds(24 * 3600)));
    Map<String, Object> form = new java.util.LinkedHashMap<>(Map.of("actionTaken", "ADVICE_GIVEN_TO_STAFF",
        "actionDetails", "Called the person back.", "practitionerInformed", "yes",
        "actionedOn", ServiceClock.today().minusDays(2).toString()));

    assertThatThrownBy(() -> pathway.submit(action, DemoUsers.SAFEGUARDING_LEAD, form))
        .hasMessageContaining("Date actioned: cannot be before the concern was raised (");
  }
}
