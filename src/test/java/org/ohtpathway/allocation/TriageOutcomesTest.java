package org.ohtpathway.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohtpathway.process.PathwayModel.BOUNDARY_ALLOCATION_ESCALATION;
import static org.ohtpathway.process.PathwayModel.BOUNDARY_ALLOCATION_REMINDER;
import static org.ohtpathway.process.PathwayModel.BOUNDARY_TRIAGE_QUESTION_ESCALATION;
import static org.ohtpathway.process.PathwayModel.BOUNDARY_TRIAGE_QUESTION_REMINDER;
import static org.ohtpathway.process.PathwayModel.END_DECLINED;
import static org.ohtpathway.process.PathwayModel.END_DECLINED_AT_TRIAGE;
import static org.ohtpathway.process.PathwayModel.TASK_ANSWER_TRIAGE_QUESTION;
import static org.ohtpathway.process.PathwayModel.TASK_TRIAGE_AND_ALLOCATE;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ohtpathway.Pathway;
import org.ohtpathway.caseview.CaseView;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.form.FormRejectedException;
import org.ohtpathway.notification.MailTest;
import org.ohtpathway.notification.NotificationSender;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.progress.Stage;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.reporting.ReportPeriod;
import org.ohtpathway.reporting.ServiceReport;
import org.ohtpathway.reporting.ServiceReports;
import org.ohtpathway.security.Groups;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Triage's three outcomes: allocate, ask the practitioner for more information (the allocation
 * clock stands still until the answer), or decline with a reason the practitioner is told.
 * Real engine with its clock moved, real SMTP (GreenMail).
 */
@MailTest
class TriageOutcomesTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

  static final String PAULA = "paula@oht-pathway.example";
  static final String COLIN = "colin@oht-pathway.example";
  static final String PETE = "pete";
  static final String QUESTION = "Is the person still living at the hostel on Mill Lane?";
  static final String ANSWER = "No: moved to Oak Road last week, same phone number.";

  @Autowired ProcessEngine engine;
  @Autowired TriageService triage;
  @Autowired CaseProgress progress;
  @Autowired CaseView caseView;
  @Autowired ReferralService referrals;
  @Autowired ServiceReports reports;

  Pathway pathway;

  @BeforeEach
  void setUp() {
    pathway = new Pathway(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Date london(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ServiceClock.SERVICE_ZONE).toInstant());
  }

  static void clockAt(String localDateTime) {
    ClockUtil.setCurrentTime(london(localDateTime));
  }

  Date timerDue(ProcessInstance referral, String boundaryEvent) {
    return engine.getManagementService().createJobQuery().processInstanceId(referral.getId()).timers()
        .activityId(boundaryEvent).singleResult().getDuedate();
  }

  /** The emails about a referral of one event, each as "to: subject\nbody". */
  static List<String> emails(ProcessInstance referral, String event) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
      try {
        return message.getSubject().contains(referral.getBusinessKey())
            && event.equals(message.getHeader(NotificationSender.EVENT_HEADER)[0]);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).map(TriageOutcomesTest::read).toList();
  }

  private static String read(MimeMessage message) {
    try {
      return message.getAllRecipients()[0] + ": " + message.getSubject() + "\n" + GreenMailUtil.getBody(message);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  // Asking //////////////////////////////////////////////////////////////////

  /**
   * Referred on Friday 27 August 2027 (Monday 30 is a bank holiday): allocation is due on
   * Wednesday 1 September. A question asked on Tuesday 31 and answered on Thursday 2 waited two
   * working days, so triage is due two working days later than it was (Friday 3), not two working
   * days after the answer (Monday 6), and its reminder and escalation move on by as many.
   */
  @Test
  void aQuestionWaitsForThePractitionerAndTheAllocationClockStandsStillUntilTheAnswer() {
    clockAt("2027-08-27T10:00");
    ProcessInstance referral = pathway.refer();
    Task first = pathway.task(referral, TASK_TRIAGE_AND_ALLOCATE);
    assertThat(first.getDueDate()).isEqualTo(london("2027-09-01T17:00"));
    assertThat(timerDue(referral, BOUNDARY_ALLOCATION_REMINDER)).isEqualTo(london("2027-09-02T09:00"));
    assertThat(timerDue(referral, BOUNDARY_ALLOCATION_ESCALATION)).isEqualTo(london("2027-09-06T09:00"));

    clockAt("2027-08-31T10:00");
    pathway.submit(first, DemoUsers.COORDINATOR, Pathway.triageQuestionForm(QUESTION));

    assertThat(pathway.tasks(referral, TASK_TRIAGE_AND_ALLOCATE)).as("triage while the question waits").isEmpty();
    Task question = pathway.task(referral, TASK_ANSWER_TRIAGE_QUESTION);
    assertThat(question.getAssignee()).isEqualTo(DemoUsers.PRACTITIONER);
    assertThat(question.getDueDate()).isEqualTo(london("2027-09-03T17:00"));
    assertThat(timerDue(referral, BOUNDARY_TRIAGE_QUESTION_REMINDER)).isEqualTo(london("2027-09-06T09:00"));
    assertThat(timerDue(referral, BOUNDARY_TRIAGE_QUESTION_ESCALATION)).isEqualTo(london("2027-09-08T09:00"));
    assertThat(pathway.as(DemoUsers.PRACTITIONER, () -> pathway.formVariables(question)).get("triageQuestion"))
        .hasToString(QUESTION);
    assertThat(emails(referral, "triage-question")).singleElement().asString().startsWith(PAULA)
        .doesNotContain("Mill Lane");
    TriageQuestion asked = triage.openQuestion(pathway.referralId(referral)).orElseThrow();
    assertThat(asked.getRecordedBy()).isEqualTo(DemoUsers.COORDINATOR);
    assertThat(asked.getAskedOn()).isEqualTo(LocalDate.of(2027, 8, 31));

    clockAt("2027-09-02T11:00");
    pathway.submit(question, DemoUsers.PRACTITIONER, Pathway.triageAnswerForm(ANSWER));

    Task again = pathway.task(referral, TASK_TRIAGE_AND_ALLOCATE);
    assertThat(again.getId()).isNotEqualTo(first.getId());
    assertThat(again.getDueDate()).as("due date moved on by the two working days waited")
        .isEqualTo(london("2027-09-03T17:00"));
    assertThat(timerDue(referral, BOUNDARY_ALLOCATION_REMINDER)).isEqualTo(london("2027-09-06T09:00"));
    assertThat(timerDue(referral, BOUNDARY_ALLOCATION_ESCALATION)).isEqualTo(london("2027-09-08T09:00"));
    Object shown = pathway.as(DemoUsers.COORDINATOR, () -> pathway.formVariables(again)).get("questionsAndAnswers");
    assertThat(shown).asString().contains("Asked by colin on 31 Aug 2027", QUESTION, "Answered by paula on 2 Sep 2027",
        ANSWER);
    assertThat(emails(referral, "triage-question-answered")).singleElement().asString().startsWith(COLIN)
        .doesNotContain("Oak Road");
    TriageQuestion answered = triage.questionsOf(pathway.referralId(referral)).get(0);
    assertThat(answered.getAnsweredBy()).isEqualTo(DemoUsers.PRACTITIONER);
    assertThat(answered.getAnsweredOn()).isEqualTo(LocalDate.of(2027, 9, 2));

    pathway.submit(again, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    assertThat(progress.get(pathway.referralId(referral)).getTrainerId()).isEqualTo(DemoUsers.TRAINER);
  }

  @Test
  void anUnansweredQuestionRemindsThePractitionerThenTellsTheCoordinators() {
    clockAt("2027-08-31T10:00");
    ProcessInstance referral = pathway.refer();
    pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageQuestionForm(QUESTION));

    clockAt("2027-09-06T08:59");
    pathway.runJobs();
    assertThat(emails(referral, "triage-question-reminder")).isEmpty();
    clockAt("2027-09-06T09:01");
    pathway.runJobs();
    assertThat(emails(referral, "triage-question-reminder")).singleElement().asString().startsWith(PAULA)
        .contains("due Friday 3 September 2027, 17:00");
    clockAt("2027-09-08T09:01");
    pathway.runJobs();
    assertThat(emails(referral, "triage-question-escalation")).singleElement().asString().startsWith(COLIN);
    assertThat(pathway.task(referral, TASK_ANSWER_TRIAGE_QUESTION).getAssignee()).isEqualTo(DemoUsers.PRACTITIONER);
  }

  @Test
  void theQuestionAndItsAnswerAreOnTheCaseForThePractitionerAndTheCoordinatorsOnly() {
    ProcessInstance referral = pathway.refer();
    pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageQuestionForm(QUESTION));
    pathway.submit(referral, TASK_ANSWER_TRIAGE_QUESTION, DemoUsers.PRACTITIONER, Pathway.triageAnswerForm(ANSWER));
    var found = referrals.findByReference(referral.getBusinessKey()).orElseThrow();

    for (String user : List.of(DemoUsers.PRACTITIONER, DemoUsers.COORDINATOR)) {
      assertThat(timeline(user, found)).as(user).anySatisfy(entry -> {
        assertThat(entry.get("title")).asString().contains("asked the practitioner for more information");
        assertThat(entry.get("detail")).isEqualTo(QUESTION);
        assertThat(entry.get("by")).isEqualTo(DemoUsers.COORDINATOR);
      }).anySatisfy(entry -> {
        assertThat(entry.get("title")).asString().contains("practitioner answered");
        assertThat(entry.get("detail")).isEqualTo(ANSWER);
        assertThat(entry.get("by")).isEqualTo(DemoUsers.PRACTITIONER);
      });
    }
    assertThat(timeline(DemoUsers.MANAGER, found)).as("what a manager sees")
        .noneMatch(entry -> QUESTION.equals(entry.get("detail")) || ANSWER.equals(entry.get("detail")));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> timeline(String user, org.ohtpathway.referral.Referral referral) {
    return (List<Map<String, Object>>) pathway.as(user, () -> caseView.of(referral)).get("timeline");
  }

  @Test
  void aQuestionWithoutTextIsRefusedAtItsFieldAndTriageStaysOpen() {
    ProcessInstance referral = pathway.refer();
    Task task = pathway.task(referral, TASK_TRIAGE_AND_ALLOCATE);
    Map<String, Object> form = Pathway.triageQuestionForm("  ");

    assertThatThrownBy(() -> pathway.submit(task, DemoUsers.COORDINATOR, form))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Question for the practitioner: is required");
    assertThat(pathway.task(referral, TASK_TRIAGE_AND_ALLOCATE).getId()).isEqualTo(task.getId());
    assertThat(triage.questionsOf(pathway.referralId(referral))).isEmpty();
    assertThat(pathway.tasks(referral, TASK_ANSWER_TRIAGE_QUESTION)).isEmpty();
  }

  @Test
  void triageWithoutAnOutcomeIsRefused() {
    ProcessInstance referral = pathway.refer();
    Map<String, Object> form = Pathway.triageForm(DemoUsers.TRAINER);
    form.remove("triageOutcome");

    assertThatThrownBy(() -> pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, form))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Outcome of triage: is required");
    assertThat(triage.allocationsOf(pathway.referralId(referral))).isEmpty();
  }

  // Who answers /////////////////////////////////////////////////////////////

  @Test
  void onlyThePractitionerWhoHoldsTheCaseAnswersItsQuestion() {
    ProcessInstance referral = pathway.refer();
    pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageQuestionForm(QUESTION));
    Task question = pathway.task(referral, TASK_ANSWER_TRIAGE_QUESTION);

    assertThatThrownBy(() -> pathway.submit(question, DemoUsers.COORDINATOR, Pathway.triageAnswerForm(ANSWER)))
        .as("a coordinator").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    otherPractitioner();
    // It cannot be given to another practitioner, who does not hold the case; nor worked by one.
    assertThatThrownBy(() -> pathway.as(DemoUsers.COORDINATOR, () -> {
      engine.getTaskService().setAssignee(question.getId(), PETE);
      return null;
    })).as("given to a practitioner who does not hold the case")
        .hasMessageContaining("can be given only to the practitioner who holds referral " + referral.getBusinessKey());
    assertThat(pathway.task(referral, TASK_ANSWER_TRIAGE_QUESTION).getAssignee()).isEqualTo(DemoUsers.PRACTITIONER);
    engine.getTaskService().setAssignee(question.getId(), null);
    assertThatThrownBy(() -> pathway.submit(question, PETE, Pathway.triageAnswerForm(ANSWER)))
        .as("a practitioner who does not hold the case")
        .hasMessageContaining("is for the practitioner who holds referral " + referral.getBusinessKey());
    assertThat(triage.openQuestion(pathway.referralId(referral))).isPresent();

    engine.getTaskService().setAssignee(question.getId(), DemoUsers.PRACTITIONER);
    pathway.submit(question, DemoUsers.PRACTITIONER, Pathway.triageAnswerForm(ANSWER));
    assertThat(triage.openQuestion(pathway.referralId(referral))).isEmpty();
    assertThat(pathway.task(referral, TASK_TRIAGE_AND_ALLOCATE)).isNotNull();
  }

  private void otherPractitioner() {
    if (engine.getIdentityService().createUserQuery().userId(PETE).count() == 0) {
      User pete = engine.getIdentityService().newUser(PETE);
      pete.setFirstName("Pete");
      pete.setLastName("Parker");
      pete.setEmail("pete@oht-pathway.example");
      engine.getIdentityService().saveUser(pete);
      engine.getIdentityService().createMembership(PETE, Groups.PROBATION_PRACTITIONERS);
    }
  }

  // Declining ///////////////////////////////////////////////////////////////

  @Test
  void aReferralDeclinedAtTriageEndsDeclinedAndThePractitionerIsEmailedTheReason() {
    ProcessInstance referral = pathway.refer();
    Long id = pathway.referralId(referral);
    pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.declineForm("ALREADY_SUPPORTED",
        "Not kept: only for other."));

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(referral.getId()).count())
        .as("running").isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(referral.getId())
        .finished().list()).extracting(activity -> activity.getActivityId())
        .contains(END_DECLINED_AT_TRIAGE, END_DECLINED);
    var now = progress.get(id);
    assertThat(now.getEndState()).isEqualTo(EndState.DECLINED);
    assertThat(now.getStage()).isEqualTo(Stage.ALLOCATION);
    assertThat(now.getTrainerId()).isNull();
    assertThat(progress.reachedOn(id, Milestone.DECLINED_AT_TRIAGE)).contains(ServiceClock.today());
    TriageDecline decline = triage.declineOf(id).orElseThrow();
    assertThat(decline.getReason()).isEqualTo(DeclineReason.ALREADY_SUPPORTED);
    assertThat(decline.getReasonDetail()).as("words kept only for 'other'").isNull();
    assertThat(decline.getRecordedBy()).isEqualTo(DemoUsers.COORDINATOR);

    assertThat(emails(referral, "declined-at-triage")).singleElement().asString().startsWith(PAULA)
        .contains("The reason: The person is already supported by another service");
    var found = referrals.findByReference(referral.getBusinessKey()).orElseThrow();
    assertThat(timeline(DemoUsers.PRACTITIONER, found)).anySatisfy(entry -> assertThat(entry.get("title"))
        .isEqualTo("Declined at triage: The person is already supported by another service"));
  }

  @Test
  void aDeclineForAnotherReasonKeepsItsWordsForTheCaseButNotTheEmail() {
    ProcessInstance referral = pathway.refer();
    pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Pathway.declineForm("OTHER", "Works with the recovery team already."));

    assertThat(emails(referral, "declined-at-triage")).singleElement().asString().contains("The reason: Other")
        .doesNotContain("recovery team");
    var found = referrals.findByReference(referral.getBusinessKey()).orElseThrow();
    assertThat(timeline(DemoUsers.PRACTITIONER, found))
        .anySatisfy(entry -> assertThat(entry.get("detail")).isEqualTo("Works with the recovery team already."));
    assertThat(timeline(DemoUsers.MANAGER, found))
        .noneMatch(entry -> "Works with the recovery team already.".equals(entry.get("detail")));
  }

  @Test
  void aDeclineWithoutAReasonIsRefusedAndTheReferralStaysAtTriage() {
    ProcessInstance referral = pathway.refer();
    Long id = pathway.referralId(referral);

    assertThatThrownBy(() -> pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Map.of("triageOutcome", "DECLINE")))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Why the referral is declined: is required");
    assertThatThrownBy(() -> pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Pathway.declineForm("OTHER", null)))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("The reason in your words: say why the referral is declined");

    assertThat(triage.declineOf(id)).isEmpty();
    assertThat(progress.get(id).getEndState()).isNull();
    assertThat(pathway.tasks(referral, TASK_TRIAGE_AND_ALLOCATE)).hasSize(1);
    assertThat(emails(referral, "declined-at-triage")).isEmpty();
  }

  // Reports /////////////////////////////////////////////////////////////////

  /**
   * In a month of their own: one referral waits two working days for an answer and is allocated
   * three working days after it came to triage, within the two-day target; one is declined. The
   * end states and the referrals still open add up to those received.
   */
  @Test
  void theReportsCountADeclineAtTriageAndNotTheDaysTriageWaitedForAnAnswer() {
    clockAt("2031-06-02T10:00");
    ProcessInstance asked = pathway.refer();
    ProcessInstance declined = pathway.refer();
    pathway.submit(declined, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.declineForm("DUPLICATE", null));
    clockAt("2031-06-03T10:00");
    pathway.submit(asked, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageQuestionForm(QUESTION));
    clockAt("2031-06-05T10:00");
    pathway.submit(asked, TASK_ANSWER_TRIAGE_QUESTION, DemoUsers.PRACTITIONER, Pathway.triageAnswerForm(ANSWER));
    pathway.submit(asked, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));

    ServiceReport report = reports.report(new ReportPeriod(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 30)));

    assertThat(report.referralsReceived()).isEqualTo(2);
    assertThat(report.funnel()).extracting(ServiceReport.Step::step, ServiceReport.Step::count)
        .startsWith(org.assertj.core.groups.Tuple.tuple("received", 2L), org.assertj.core.groups.Tuple.tuple("eligible", 2L),
            org.assertj.core.groups.Tuple.tuple("allocated", 1L));
    assertThat(report.outcomes().endStates()).filteredOn(count -> count.code().equals("DECLINED"))
        .singleElement().extracting(ServiceReport.Count::count).isEqualTo(1L);
    assertThat(report.outcomes().endStates().stream().mapToLong(ServiceReport.Count::count).sum()
        + report.outcomes().stillOpen()).as("ended and open").isEqualTo(report.referralsReceived());
    assertThat(report.timeliness()).filteredOn(row -> row.step().equals("allocation")).singleElement()
        .satisfies(row -> {
          assertThat(row.reached()).isEqualTo(1);
          assertThat(row.withinTarget()).isEqualTo(1L);
          assertThat(row.medianWorkingDays()).isEqualTo(1.0);
        });
  }
}
