package org.ohtpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohtpathway.process.PathwayModel.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.exit.ExitService;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.process.ServiceClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Deadlines, reminders, escalations and every notification, with the engine clock moved and
 * a real SMTP server (GreenMail).
 */
@MailTest
@Import(NotificationTest.FailAfterSending.class)
class NotificationTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

  static final String TINA = "tina@oht-pathway.example";
  static final String COLIN = "colin@oht-pathway.example";
  static final String PAULA = "paula@oht-pathway.example";
  static final String TOM = "tom@oht-pathway.example";
  static final String PETE = "pete";
  static final String SAM = "sam@oht-pathway.example";
  static final String MANAGERS = "managers@oht-pathway.example";

  @Autowired ProcessEngine engine;
  @Autowired org.ohtpathway.casework.CaseActions caseActions;
  @Autowired org.ohtpathway.referral.ReferralService referralService;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired CaseProgress caseProgress;
  @Autowired ExitService exitService;

  Pathway pathway;

  @BeforeEach
  void setUp() {
    pathway = new Pathway(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    FailAfterSending.ARMED.set(false);
  }

  static Date london(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ServiceClock.SERVICE_ZONE).toInstant());
  }

  static void clockAt(Date time) {
    ClockUtil.setCurrentTime(time);
  }

  Mailbox mailAbout(ProcessInstance referral) {
    return Mailbox.of(smtp.getReceivedMessages()).about(referral.getBusinessKey());
  }

  Date timerDue(ProcessInstance referral, String boundaryEvent) {
    return management.createJobQuery().processInstanceId(referral.getId()).timers()
        .activityId(boundaryEvent).singleResult().getDuedate();
  }

  /**
   * Nothing is sent a second before the timer is due; a second after, the email goes to the
   * expected people, and the task is still open and assigned as it was.
   */
  void assertFiresOnTime(ProcessInstance referral, String taskKey, String boundaryEvent, Date expectedAt,
      Map<String, List<String>> expectedEmails) {
    Task before = pathway.task(referral, taskKey);
    assertThat(timerDue(referral, boundaryEvent)).as("%s is due", boundaryEvent).isEqualTo(expectedAt);

    clockAt(new Date(expectedAt.getTime() - 1000));
    pathway.runJobs();
    expectedEmails.keySet().forEach(event ->
        assertThat(mailAbout(referral).recipientsOf(event)).as("%s before it is due", event).isEmpty());

    clockAt(new Date(expectedAt.getTime() + 1000));
    pathway.runJobs();
    expectedEmails.forEach((event, to) ->
        assertThat(mailAbout(referral).recipientsOf(event)).as(event).containsExactlyInAnyOrderElementsOf(to));
    Task after = pathway.task(referral, taskKey);
    assertThat(after.getId()).isEqualTo(before.getId());
    assertThat(after.getAssignee()).isEqualTo(before.getAssignee());
  }

  // Due dates and timers ///////////////////////////////////////////////////

  @Test
  void aContactAttemptAllocatedOnTheFridayBeforeABankHolidayIsDueFiveWorkingDaysLater() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referAndAllocate();

    Task contact = pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT);
    assertThat(contact.getDueDate()).isEqualTo(london("2027-09-06T17:00"));
    assertFiresOnTime(referral, TASK_RECORD_CONTACT_ATTEMPT, BOUNDARY_FIRST_CONTACT_REMINDER,
        london("2027-09-07T09:00"), Map.of("first-contact-reminder", List.of(TINA)));
    assertFiresOnTime(referral, TASK_RECORD_CONTACT_ATTEMPT, BOUNDARY_FIRST_CONTACT_ESCALATION,
        london("2027-09-09T09:00"), Map.of("first-contact-escalation", List.of(COLIN)));
    assertThat(pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT).getAssignee()).isEqualTo(DemoUsers.TRAINER);
  }

  @Test
  void anUnallocatedReferralRemindsTheCoordinatorsThenEscalatesToTheManagers() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.refer();

    assertThat(pathway.task(referral, TASK_TRIAGE_AND_ALLOCATE).getDueDate()).isEqualTo(london("2027-09-01T17:00"));
    assertFiresOnTime(referral, TASK_TRIAGE_AND_ALLOCATE, BOUNDARY_ALLOCATION_REMINDER,
        london("2027-09-02T09:00"), Map.of("allocation-reminder", List.of(COLIN)));
    assertFiresOnTime(referral, TASK_TRIAGE_AND_ALLOCATE, BOUNDARY_ALLOCATION_ESCALATION,
        london("2027-09-06T09:00"), Map.of("allocation-escalation", List.of(MANAGERS)));
    assertThat(pathway.task(referral, TASK_TRIAGE_AND_ALLOCATE).getAssignee()).isNull();
  }

  @Test
  void anAssessmentIsDueTenWorkingDaysAfterTheReferralAndItsDelayReachesCoordinatorsAndPractitioner() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referToAssessment();

    assertThat(pathway.task(referral, TASK_ASSESS_HEALTH_AND_WELLBEING).getDueDate())
        .isEqualTo(london("2027-09-13T17:00"));
    assertFiresOnTime(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, BOUNDARY_ASSESSMENT_REMINDER,
        london("2027-09-09T09:00"), Map.of("assessment-reminder", List.of(TINA)));
    assertFiresOnTime(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, BOUNDARY_ASSESSMENT_ESCALATION,
        london("2027-09-14T09:00"), Map.of("assessment-escalation", List.of(COLIN), "assessment-delay", List.of(PAULA)));
  }

  @Test
  void aHealthPlanNotAgreedWithinFiveWorkingDaysRemindsTheHealthTrainer() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));

    assertThat(pathway.task(referral, TASK_AGREE_HEALTH_PLAN).getDueDate()).isEqualTo(london("2027-09-06T17:00"));
    assertFiresOnTime(referral, TASK_AGREE_HEALTH_PLAN, BOUNDARY_HEALTH_PLAN_REMINDER,
        london("2027-09-07T09:00"), Map.of("health-plan-reminder", List.of(TINA)));
  }

  @Test
  void aSessionNotRecordedOnItsDayRemindsTheHealthTrainerTheNextMorning() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referToSessions(6);
    // The plan books the first session a week after it is agreed: Friday 3 September.
    assertThat(pathway.task(referral, TASK_RECORD_SUPPORT_SESSION).getDueDate()).isEqualTo(london("2027-09-03T17:00"));
    assertFiresOnTime(referral, TASK_RECORD_SUPPORT_SESSION, BOUNDARY_SESSION_FEEDBACK_REMINDER,
        london("2027-09-06T09:00"), Map.of("session-feedback-reminder", List.of(TINA)));
  }

  @Test
  void anOnwardReferralIsFollowedUpTenWorkingDaysAfterItWasMade() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referToSessions(6);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionWithOnwardReferrals("DENTIST"));
    assertThat(pathway.tasks(referral, TASK_FOLLOW_UP_ONWARD_REFERRAL)).isEmpty();
    assertThat(management.createJobQuery().processInstanceId(referral.getId()).activityId(CATCH_FOLLOW_UP_DUE)
        .singleResult().getDuedate()).isEqualTo(london("2027-09-13T09:00"));

    clockAt(london("2027-09-13T09:00:01"));
    pathway.runJobs();
    Task followUp = pathway.task(referral, TASK_FOLLOW_UP_ONWARD_REFERRAL);
    assertThat(followUp.getAssignee()).isEqualTo(DemoUsers.TRAINER);
    assertThat(followUp.getDueDate()).isEqualTo(london("2027-09-13T17:00"));
    assertFiresOnTime(referral, TASK_FOLLOW_UP_ONWARD_REFERRAL, BOUNDARY_FOLLOW_UP_REMINDER,
        london("2027-09-15T09:00"), Map.of("follow-up-reminder", List.of(TINA)));
  }

  @Test
  void anExitSummaryRemindsTheHealthTrainerThenEscalatesToTheCoordinators() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));
    pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, Pathway.exitForm("PLANNED_SESSIONS_DONE", 2));

    assertThat(pathway.task(referral, TASK_WRITE_EXIT_SUMMARY).getDueDate()).isEqualTo(london("2027-09-06T17:00"));
    assertFiresOnTime(referral, TASK_WRITE_EXIT_SUMMARY, BOUNDARY_EXIT_SUMMARY_REMINDER,
        london("2027-09-02T09:00"), Map.of("exit-summary-reminder", List.of(TINA)));
    assertFiresOnTime(referral, TASK_WRITE_EXIT_SUMMARY, BOUNDARY_EXIT_SUMMARY_ESCALATION,
        london("2027-09-07T09:00"), Map.of("exit-summary-escalation", List.of(COLIN)));
  }

  @Test
  void aSecondContactAttemptKeepsTheFirstContactDeadlineAndIsNotRemindedAgain() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referAndAllocate();
    clockAt(london("2027-09-01T11:00"));
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("NOT_REACHED"));

    Task second = pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT);
    assertThat(second.getDueDate()).as("counted once, from allocation").isEqualTo(london("2027-09-06T17:00"));
    assertThat(timerDue(referral, BOUNDARY_FIRST_CONTACT_REMINDER)).isEqualTo(london("2027-09-07T09:00"));
    clockAt(london("2027-09-09T09:00:01"));
    pathway.runJobs();
    assertThat(mailAbout(referral).recipientsOf("first-contact-reminder")).as("an attempt was made in time").isEmpty();
    assertThat(mailAbout(referral).recipientsOf("first-contact-escalation")).isEmpty();
    assertThat(pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT).getId()).isEqualTo(second.getId());
  }

  @Test
  void aProgressReviewNotRecordedRemindsTheHealthTrainerThenEscalatesToTheCoordinators() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));

    assertThat(pathway.task(referral, TASK_REVIEW_PROGRESS).getDueDate()).isEqualTo(london("2027-09-06T17:00"));
    assertFiresOnTime(referral, TASK_REVIEW_PROGRESS, BOUNDARY_REVIEW_REMINDER,
        london("2027-09-07T09:00"), Map.of("review-reminder", List.of(TINA)));
    assertFiresOnTime(referral, TASK_REVIEW_PROGRESS, BOUNDARY_REVIEW_ESCALATION,
        london("2027-09-09T09:00"), Map.of("review-escalation", List.of(COLIN)));
  }

  @Test
  void aDisengagementReviewNotRecordedRemindsTheHealthTrainerThenEscalatesToTheCoordinators() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referToSessions(6);
    for (int absence = 0; absence < 3; absence++) {
      pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
          Pathway.sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    }

    assertThat(pathway.task(referral, TASK_REVIEW_DISENGAGEMENT).getDueDate()).isEqualTo(london("2027-09-06T17:00"));
    assertFiresOnTime(referral, TASK_REVIEW_DISENGAGEMENT, BOUNDARY_DISENGAGEMENT_REVIEW_REMINDER,
        london("2027-09-07T09:00"), Map.of("disengagement-review-reminder", List.of(TINA)));
    assertFiresOnTime(referral, TASK_REVIEW_DISENGAGEMENT, BOUNDARY_DISENGAGEMENT_REVIEW_ESCALATION,
        london("2027-09-09T09:00"), Map.of("disengagement-review-escalation", List.of(COLIN)));
  }

  @Test
  void anExitNotRecordedWithinFiveWorkingDaysOfTheReviewRemindsTheHealthTrainer() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));

    assertThat(pathway.task(referral, TASK_RECORD_EXIT).getDueDate()).isEqualTo(london("2027-09-06T17:00"));
    assertFiresOnTime(referral, TASK_RECORD_EXIT, BOUNDARY_EXIT_REMINDER,
        london("2027-09-07T09:00"), Map.of("exit-reminder", List.of(TINA)));
  }

  @Test
  void aSafeguardingConcernIsDueTheSameWorkingDayRemindedAfterTwoWorkingHoursAndEscalatedTheNextMorning() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(true));

    Task action = pathway.task(referral, TASK_ACT_ON_SAFEGUARDING_CONCERN);
    assertThat(action.getDueDate()).isEqualTo(london("2027-08-27T17:00"));
    assertThat(action.getPriority()).as("urgent").isEqualTo(100);
    assertFiresOnTime(referral, TASK_ACT_ON_SAFEGUARDING_CONCERN, BOUNDARY_SAFEGUARDING_ACTION_REMINDER,
        london("2027-08-27T12:00"), Map.of("safeguarding-action-reminder", List.of(SAM)));
    // Monday 30 August 2027 is a bank holiday: the next morning is Tuesday's.
    assertFiresOnTime(referral, TASK_ACT_ON_SAFEGUARDING_CONCERN, BOUNDARY_SAFEGUARDING_ACTION_ESCALATION,
        london("2027-08-31T09:00"), Map.of("safeguarding-action-escalation", List.of(MANAGERS)));
  }

  @Test
  void aSafeguardingConcernRaisedLateInTheDayCarriesItsWorkingHoursIntoTheNextWorkingDay() {
    clockAt(london("2027-08-27T09:00"));
    ProcessInstance late = pathway.referToAssessment();
    clockAt(london("2027-08-27T16:00"));
    pathway.submit(late, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(true));
    assertThat(pathway.task(late, TASK_ACT_ON_SAFEGUARDING_CONCERN).getDueDate()).isEqualTo(london("2027-08-27T17:00"));
    assertThat(timerDue(late, BOUNDARY_SAFEGUARDING_ACTION_REMINDER)).isEqualTo(london("2027-08-31T10:00"));

    ProcessInstance evening = pathway.referToAssessment();
    clockAt(london("2027-08-27T18:30"));
    pathway.submit(evening, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(true));
    assertThat(pathway.task(evening, TASK_ACT_ON_SAFEGUARDING_CONCERN).getDueDate())
        .as("the next working day").isEqualTo(london("2027-08-31T17:00"));
    assertThat(timerDue(evening, BOUNDARY_SAFEGUARDING_ACTION_REMINDER)).isEqualTo(london("2027-08-31T11:00"));
    assertThat(timerDue(evening, BOUNDARY_SAFEGUARDING_ACTION_ESCALATION)).isEqualTo(london("2027-09-01T09:00"));
  }

  @Test
  void whyNotEligibleUnreadIsRemindedThenThePathwayEndsWithTheReasonKept() {
    clockAt(london("2027-08-27T10:00"));
    Map<String, Object> outOfArea = Pathway.referralForm();
    outOfArea.put("postcode", "M1 1AE");
    ProcessInstance referral = pathway.refer(outOfArea);

    assertThat(pathway.task(referral, TASK_READ_WHY_NOT_ELIGIBLE).getDueDate()).isEqualTo(london("2027-09-13T17:00"));
    assertFiresOnTime(referral, TASK_READ_WHY_NOT_ELIGIBLE, BOUNDARY_NOT_ELIGIBLE_READ_REMINDER,
        london("2027-09-09T09:00"), Map.of("not-eligible-read-reminder", List.of(PAULA)));
    assertThat(timerDue(referral, BOUNDARY_NOT_ELIGIBLE_READ_TIME_UP)).isEqualTo(london("2027-09-13T17:00"));
    clockAt(london("2027-09-13T17:00:01"));
    pathway.runJobs();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(referral.getId()).count()).isZero();
    Long referralId = pathway.referralId(referral);
    assertThat(caseProgress.get(referralId).getEndState()).isEqualTo(EndState.DECLINED);
    assertThat(caseProgress.reachedOn(referralId, Milestone.NOT_ELIGIBLE_READ)).isEmpty();
  }

  @Test
  void anUnreadExitSummaryIsRemindedThenThePathwayEndsAndTheSummaryStaysOnTheCase() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));
    pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, Pathway.exitForm("GOALS_MET", 2));
    pathway.submit(referral, TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, Pathway.exitSummaryForm());

    assertThat(pathway.task(referral, TASK_READ_EXIT_SUMMARY).getDueDate()).isEqualTo(london("2027-09-13T17:00"));
    assertFiresOnTime(referral, TASK_READ_EXIT_SUMMARY, BOUNDARY_EXIT_SUMMARY_READ_REMINDER,
        london("2027-09-09T09:00"), Map.of("exit-summary-read-reminder", List.of(PAULA)));
    clockAt(london("2027-09-13T17:00:01"));
    pathway.runJobs();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(referral.getId()).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(referral.getId())
        .activityId(END_EXIT_SUMMARY_LEFT_ON_CASE).count()).isOne();
    Long referralId = pathway.referralId(referral);
    assertThat(caseProgress.get(referralId).getEndState()).isEqualTo(EndState.COMPLETED);
    assertThat(exitService.summaryOf(referralId)).as("the summary stays on the case").isPresent();
  }

  // Every event ////////////////////////////////////////////////////////////

  @Test
  void everyNotificationEventSendsOneEmailToItsRecipientAndNoneCarriesWhatStaffEntered() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance a = pathway.refer();
    pathway.fire(a, BOUNDARY_ALLOCATION_REMINDER);
    pathway.fire(a, BOUNDARY_ALLOCATION_ESCALATION);
    pathway.submit(a, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    pathway.fire(a, BOUNDARY_FIRST_CONTACT_REMINDER);
    pathway.fire(a, BOUNDARY_FIRST_CONTACT_ESCALATION);
    pathway.submit(a, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("APPOINTMENT_BOOKED"));
    pathway.fire(a, BOUNDARY_ASSESSMENT_REMINDER);
    pathway.fire(a, BOUNDARY_ASSESSMENT_ESCALATION);
    pathway.submit(a, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(true));
    pathway.fire(a, BOUNDARY_HEALTH_PLAN_REMINDER);
    pathway.submit(a, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, Pathway.planForm(1, 2));
    pathway.fire(a, BOUNDARY_SESSION_FEEDBACK_REMINDER);
    pathway.submit(a, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("RESCHEDULED"));
    pathway.submit(a, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    pathway.submit(a, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    pathway.submit(a, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionWithOnwardReferrals("STOP_SMOKING"));
    pathway.fire(a, CATCH_FOLLOW_UP_DUE);
    pathway.fire(a, BOUNDARY_FOLLOW_UP_REMINDER);
    pathway.fire(a, BOUNDARY_SAFEGUARDING_ACTION_REMINDER);
    pathway.fire(a, BOUNDARY_SAFEGUARDING_ACTION_ESCALATION);
    pathway.fire(a, BOUNDARY_REVIEW_REMINDER);
    pathway.fire(a, BOUNDARY_REVIEW_ESCALATION);
    pathway.submit(a, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));
    pathway.fire(a, BOUNDARY_EXIT_REMINDER);
    pathway.submit(a, TASK_RECORD_EXIT, DemoUsers.TRAINER, Pathway.exitForm("GOALS_MET", 2));
    pathway.fire(a, BOUNDARY_EXIT_SUMMARY_REMINDER);
    pathway.fire(a, BOUNDARY_EXIT_SUMMARY_ESCALATION);
    pathway.submit(a, TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, Pathway.exitSummaryForm());
    pathway.fire(a, BOUNDARY_EXIT_SUMMARY_READ_REMINDER);
    ProcessInstance disengaged = pathway.referToSessions(6);
    for (int absence = 0; absence < 3; absence++) {
      pathway.submit(disengaged, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
          Pathway.sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    }
    pathway.fire(disengaged, BOUNDARY_DISENGAGEMENT_REVIEW_REMINDER);
    pathway.fire(disengaged, BOUNDARY_DISENGAGEMENT_REVIEW_ESCALATION);

    Map<String, Object> outOfArea = Pathway.referralForm();
    outOfArea.put("postcode", "M1 1AE");
    ProcessInstance notEligible = pathway.refer(outOfArea);
    pathway.fire(notEligible, BOUNDARY_NOT_ELIGIBLE_READ_REMINDER);
    ProcessInstance withdrawn = pathway.referAndAllocate();
    pathway.start(PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER,
        Map.of("referralReference", withdrawn.getBusinessKey(), "withdrawalReason", "SUPERVISION_ENDED"));
    ProcessInstance consentWithdrawn = pathway.refer();
    pathway.withdrawConsent(DemoUsers.PRACTITIONER, consentWithdrawn.getBusinessKey());
    ProcessInstance cased = pathway.referAndAllocate();
    takeAction(cased, "amend", DemoUsers.COORDINATOR, Map.of("phone", "07700 900999", "reason", "Number corrected."));
    takeAction(cased, "reallocate", DemoUsers.COORDINATOR, Map.of("trainerId", DemoUsers.SECOND_TRAINER,
        "reason", "Leave."));
    takeAction(cased, "transfer", DemoUsers.PRACTITIONER, Map.of("practitionerId", PETE, "reason", "Moved office."));
    takeAction(cased, "hold", DemoUsers.SECOND_TRAINER, Map.of("reason", "IN_HOSPITAL",
        "lookAgainOn", ServiceClock.today().plusWeeks(2).toString()));
    pathway.runJobs();
    pathway.fire(cased, BOUNDARY_LOOK_AGAIN_DUE);
    takeAction(cased, "resume", DemoUsers.COORDINATOR, Map.of());
    pathway.runJobs();
    ProcessInstance asked = pathway.refer();
    pathway.submit(asked, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Pathway.triageQuestionForm("Is the person still at the hostel on Mill Lane?"));
    pathway.fire(asked, BOUNDARY_TRIAGE_QUESTION_REMINDER);
    pathway.fire(asked, BOUNDARY_TRIAGE_QUESTION_ESCALATION);
    pathway.submit(asked, TASK_ANSWER_TRIAGE_QUESTION, DemoUsers.PRACTITIONER,
        Pathway.triageAnswerForm("Moved to Oak Road with a new tenancy."));
    ProcessInstance declined = pathway.refer();
    pathway.submit(declined, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Pathway.declineForm("OTHER", "Works with the recovery team already."));

    Mailbox mailA = mailAbout(a);
    Map<String, List<String>> expectedA = new java.util.LinkedHashMap<>();
    expectedA.put("referral-received", List.of(COLIN));
    expectedA.put("allocation-reminder", List.of(COLIN));
    expectedA.put("allocation-escalation", List.of(MANAGERS));
    expectedA.put("allocated", List.of(TINA));
    expectedA.put("first-contact-reminder", List.of(TINA));
    expectedA.put("first-contact-escalation", List.of(COLIN));
    expectedA.put("assessment-reminder", List.of(TINA));
    expectedA.put("assessment-escalation", List.of(COLIN));
    expectedA.put("assessment-delay", List.of(PAULA));
    expectedA.put("safeguarding-concern", List.of(SAM));
    expectedA.put("safeguarding-concern-practitioner", List.of(PAULA));
    expectedA.put("health-plan-reminder", List.of(TINA));
    // the plan and each session that was held book an appointment; the rescheduled one moves it
    expectedA.put("appointment-booked", List.of(TINA, TINA, TINA, TINA));
    expectedA.put("appointment-rescheduled", List.of(TINA));
    expectedA.put("session-feedback-reminder", List.of(TINA));
    expectedA.put("missed-sessions", List.of(PAULA));
    expectedA.put("follow-up-reminder", List.of(TINA));
    expectedA.put("exit-summary-reminder", List.of(TINA));
    expectedA.put("exit-summary-escalation", List.of(COLIN));
    expectedA.put("safeguarding-action-reminder", List.of(SAM));
    expectedA.put("safeguarding-action-escalation", List.of(MANAGERS));
    expectedA.put("review-reminder", List.of(TINA));
    expectedA.put("review-escalation", List.of(COLIN));
    expectedA.put("exit-reminder", List.of(TINA));
    expectedA.put("exit-summary-ready", List.of(PAULA));
    expectedA.put("exit-summary-read-reminder", List.of(PAULA));
    expectedA.forEach((event, to) -> assertThat(mailA.recipientsOf(event)).as(event).containsExactlyElementsOf(to));
    assertThat(mailA.emails()).hasSize(expectedA.values().stream().mapToInt(List::size).sum());
    assertThat(mailAbout(notEligible).recipientsOf("not-eligible")).containsExactly(PAULA);
    assertThat(mailAbout(notEligible).recipientsOf("not-eligible-read-reminder")).containsExactly(PAULA);
    assertThat(mailAbout(disengaged).recipientsOf("disengagement-review-reminder")).containsExactly(TINA);
    assertThat(mailAbout(disengaged).recipientsOf("disengagement-review-escalation")).containsExactly(COLIN);
    assertThat(mailAbout(withdrawn).recipientsOf("withdrawn")).containsExactly(TINA);
    assertThat(mailAbout(consentWithdrawn).recipientsOf("consent-withdrawn")).containsExactly(COLIN);
    ProcessInstance ended = pathway.referToSessions(6);
    takeAction(ended, "end-support", DemoUsers.COORDINATOR, Map.of("reason", "MOVED_AWAY"));
    pathway.runJobs();
    assertThat(mailAbout(ended).recipientsOf("support-ended")).as("the trainer, when a coordinator ends support")
        .containsExactly(TINA);
    Mailbox mailCased = mailAbout(cased);
    assertThat(mailCased.recipientsOf("referral-amended")).containsExactly(TINA);
    assertThat(mailCased.recipientsOf("reallocated-away")).containsExactly(TINA);
    assertThat(mailCased.recipientsOf("reallocated")).containsExactly(TOM);
    assertThat(mailCased.recipientsOf("transferred-away")).containsExactly(PAULA);
    assertThat(mailCased.recipientsOf("transferred")).containsExactly("pete@oht-pathway.example");
    assertThat(mailCased.recipientsOf("look-again")).containsExactlyInAnyOrder(TOM, COLIN);
    assertThat(mailCased.recipientsOf("case-on-hold")).containsExactlyInAnyOrder(TOM, COLIN);
    assertThat(mailCased.recipientsOf("case-resumed")).containsExactlyInAnyOrder(TOM, COLIN);
    Mailbox mailAsked = mailAbout(asked);
    assertThat(mailAsked.recipientsOf("triage-question")).containsExactly(PAULA);
    assertThat(mailAsked.recipientsOf("triage-question-reminder")).containsExactly(PAULA);
    assertThat(mailAsked.recipientsOf("triage-question-escalation")).containsExactly(COLIN);
    assertThat(mailAsked.recipientsOf("triage-question-answered")).containsExactly(COLIN);
    assertThat(mailAbout(declined).recipientsOf("declined-at-triage")).containsExactly(PAULA);

    List<String> sentEvents = new ArrayList<>();
    Mailbox.of(smtp.getReceivedMessages()).emails().forEach(email -> sentEvents.add(email.event()));
    for (NotificationEvent event : NotificationEvent.values()) {
      assertThat(sentEvents).as("an email for %s", event.id()).contains(event.id());
    }
    List<String> entered = List.of("Alex", "Example", "Mentions a child left alone", "Stop smoking",
        "quit date", "Register with a GP", "Talked through cravings", "Cut down", "Discussed with the person",
        "Attended all sessions", "STOP_SMOKING service", "Wants help to stop smoking", "07700 900123",
        "job interview", "Mill Lane", "Oak Road", "recovery team");
    for (Mailbox.Email email : Mailbox.of(smtp.getReceivedMessages()).emails()) {
      for (String value : entered) {
        // The calendar invitation's organiser is the service's own address (no-reply@oht-pathway.example).
        assertThat((email.subject() + "\n" + email.body()).replace("mailto:no-reply@oht-pathway.example", ""))
            .as("%s to %s", email.event(), email.to())
            .doesNotContainIgnoringCase(value);
      }
    }
  }

  /** A case action as staff take it from the case view (its access is tested in CaseActionsTest). */
  private void takeAction(ProcessInstance referral, String action, String user, Map<String, Object> values) {
    if (engine.getIdentityService().createUserQuery().userId(PETE).count() == 0) {
      org.camunda.bpm.engine.identity.User pete = engine.getIdentityService().newUser(PETE);
      pete.setFirstName("Pete");
      pete.setLastName("Parker");
      pete.setEmail("pete@oht-pathway.example");
      engine.getIdentityService().saveUser(pete);
      engine.getIdentityService().createMembership(PETE, org.ohtpathway.security.Groups.PROBATION_PRACTITIONERS);
    }
    org.ohtpathway.referral.Referral found = referralService.findByReference(referral.getBusinessKey()).orElseThrow();
    org.ohtpathway.casework.CaseActionForm form = caseActions.find(action).orElseThrow();
    Map<String, Object> filledIn = new java.util.HashMap<>();
    pathway.as(user, () -> {
      form.fields(found).stream().filter(field -> field.value() != null)
          .forEach(field -> filledIn.put(field.key(), field.value()));
      return null;
    });
    filledIn.putAll(values);
    pathway.as(user, () -> caseActions.take(form, found, filledIn, user));
  }

  @Test
  void theSafeguardingEmailCarriesAnHtmlVersionAsWell() throws Exception {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.refer();
    pathway.start(PROCESS_RAISE_SAFEGUARDING_CONCERN, DemoUsers.COORDINATOR, Map.of("referralReference",
        referral.getBusinessKey(), "atRisk", "THE_PERSON", "immediateDanger", "no", "concernDescription", "Concern."));
    pathway.runJobs();

    jakarta.mail.internet.MimeMessage urgent = java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> {
          try {
            return "safeguarding-concern".equals(message.getHeader(NotificationSender.EVENT_HEADER)[0]);
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        }).findFirst().orElseThrow();
    assertThat(urgent.getContentType()).startsWith("multipart/");
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(urgent)).contains("text/html").contains("Open the concern");
  }

  // Reliability ////////////////////////////////////////////////////////////

  @Test
  void whenTheMailServerIsDownTheEmailIsRetriedThenAnIncidentAndAfterRecoveryItGoesOutOnce() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.refer();
    Task triage = pathway.task(referral, TASK_TRIAGE_AND_ALLOCATE);
    smtp.stop();

    pathway.submitOnly(triage, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    Job send = sendJobFor(referral, "allocated");
    int attempts = 0;
    while (runtime.createIncidentQuery().configuration(send.getId()).count() == 0) {
      assertThat(attempts++).as("attempts before an incident").isLessThan(10);
      Job due = management.createJobQuery().jobId(send.getId()).singleResult();
      clockAt(new Date(Math.max(ClockUtil.getCurrentTime().getTime(),
          due.getDuedate() == null ? 0 : due.getDuedate().getTime()) + 1000));
      Date failedAt = ClockUtil.getCurrentTime();
      assertThatThrownBy(() -> management.executeJob(send.getId())).isInstanceOf(Exception.class);
      Job retried = management.createJobQuery().jobId(send.getId()).singleResult();
      if (retried.getRetries() > 0) {
        // Retried on the notification cycle (a minute in the test profile), not at once.
        assertThat(retried.getDuedate()).as("the next try").isNotNull()
            .isAfterOrEqualTo(new Date(failedAt.getTime() + retryInterval().toMillis()));
      }
    }
    assertThat(attempts).as("tries: oht.notifications.retry-cycle in the test profile").isEqualTo(retries());
    Incident incident = runtime.createIncidentQuery().configuration(send.getId()).singleResult();
    assertThat(incident.getProcessDefinitionId()).as("filed under the referral's process")
        .isEqualTo(referral.getProcessDefinitionId());
    assertThat(incident.getIncidentMessage()).startsWith("The email of notification ");
    assertThat(management.createJobQuery().jobId(send.getId()).singleResult().getRetries()).isZero();
    assertThat(pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT).getAssignee()).isEqualTo(DemoUsers.TRAINER);

    smtp.start();
    management.setJobRetries(send.getId(), 1);
    management.executeJob(send.getId());
    pathway.runJobs();

    assertThat(mailAbout(referral).recipientsOf("allocated")).containsExactly(TINA);
    assertThat(runtime.createIncidentQuery().configuration(send.getId()).count()).isZero();
    assertThat(management.createJobQuery().jobId(send.getId()).count()).as("the job, once sent").isZero();
    assertThat(pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT).getAssignee()).isEqualTo(DemoUsers.TRAINER);
  }

  @Test
  void anEmailTheServerAcceptedIsNotSentAgainWhenItsJobIsRetried() {
    clockAt(london("2027-08-27T10:00"));
    ProcessInstance referral = pathway.refer();
    FailAfterSending.ARMED.set(true);
    pathway.submitOnly(pathway.task(referral, TASK_TRIAGE_AND_ALLOCATE), DemoUsers.COORDINATOR,
        Pathway.triageForm(DemoUsers.TRAINER));
    Job send = sendJobFor(referral, "allocated");

    assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("after sending");
    assertThat(mailAbout(referral).recipientsOf("allocated")).containsExactly(TINA);
    clockAt(new Date(ClockUtil.getCurrentTime().getTime() + 120_000));
    management.executeJob(send.getId());

    assertThat(mailAbout(referral).recipientsOf("allocated")).containsExactly(TINA);
    assertThat(management.createJobQuery().jobId(send.getId()).count()).as("the job, once it succeeded").isZero();
  }

  @Autowired Notifier notifier;
  @Autowired org.ohtpathway.referral.ReferralService referrals;

  /** The job that sends the referral's email of this event. */
  private Job sendJobFor(ProcessInstance referral, String event) {
    Long referralId = referrals.findByReference(referral.getBusinessKey()).orElseThrow().getId();
    Notification notification = notifier.notificationsOf(referralId).stream()
        .filter(n -> n.getEvent().id().equals(event)).findFirst().orElseThrow();
    List<Job> sending = management.createJobQuery().messages().list().stream()
        .filter(job -> EmailJob.TYPE.equals(((JobEntity) job).getJobHandlerType()))
        .filter(job -> notification.getId().toString().equals(((JobEntity) job).getJobHandlerConfigurationRaw()))
        .toList();
    assertThat(sending).as("the job sending notification %s", notification.getId()).hasSize(1);
    return sending.get(0);
  }

  @Autowired NotificationProperties properties;

  /** How many times the retry cycle tries a job: "R3/PT1M" is three. */
  private int retries() {
    return Integer.parseInt(properties.retryCycle().replaceFirst("^R(\\d+)/.*$", "$1"));
  }

  /** The wait between tries: "R3/PT1M" is a minute. */
  private java.time.Duration retryInterval() {
    return java.time.Duration.parse(properties.retryCycle().replaceFirst("^R\\d+/", ""));
  }

  /** Fails the sending job once, after the email was accepted: as if its commit had failed. */
  @TestConfiguration
  static class FailAfterSending {

    static final AtomicBoolean ARMED = new AtomicBoolean();

    @Bean
    ProcessEnginePlugin failAfterSendingPlugin() {
      return new AbstractProcessEnginePlugin() {
        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public void postInit(ProcessEngineConfigurationImpl configuration) {
          JobHandler sending = configuration.getJobHandlers().get(EmailJob.TYPE);
          configuration.getJobHandlers().put(EmailJob.TYPE, new JobHandler<JobHandlerConfiguration>() {
            @Override
            public String getType() {
              return sending.getType();
            }

            @Override
            public void execute(JobHandlerConfiguration of, ExecutionEntity execution, CommandContext context,
                String tenantId) {
              sending.execute(of, execution, context, tenantId);
              if (ARMED.getAndSet(false)) {
                throw new ProcessEngineException("Failing the job after sending, as a test");
              }
            }

            @Override
            public JobHandlerConfiguration newConfiguration(String canonical) {
              return sending.newConfiguration(canonical);
            }

            @Override
            public void onDelete(JobHandlerConfiguration of, JobEntity job) {
              sending.onDelete(of, job);
            }
          });
        }
      };
    }
  }
}
