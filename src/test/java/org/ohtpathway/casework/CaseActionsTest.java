package org.ohtpathway.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.ohtpathway.Api.message;
import static org.ohtpathway.process.PathwayModel.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.allocation.TriageService;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.hold.CaseHoldService;
import org.ohtpathway.notification.Notification;
import org.ohtpathway.notification.NotificationEvent;
import org.ohtpathway.notification.Notifier;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.referral.AmendmentService;
import org.ohtpathway.referral.ReferralChange;
import org.ohtpathway.referral.ReferralField;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.security.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The case actions over HTTP, as staff take them, and what the pathway does with each. */
@HttpTest
class CaseActionsTest {

  static final String PETE = "pete";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ReferralService referrals;
  @Autowired CaseProgress progress;
  @Autowired TriageService triage;
  @Autowired AmendmentService amendments;
  @Autowired CaseHoldService holds;
  @Autowired Notifier notifier;
  @Autowired CaseAuthority authority;

  @Autowired org.ohtpathway.deadline.WorkingDayCalendar calendar;
  @Autowired org.ohtpathway.audit.AuditLog audit;
  Api api;
  Pathway pathway;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    api = new Api(rest);
    pathway = new Pathway(engine);
    if (identity.createUserQuery().userId(PETE).count() == 0) {
      User pete = identity.newUser(PETE);
      pete.setFirstName("Pete");
      pete.setLastName("Parker");
      pete.setEmail("pete@oht-pathway.example");
      pete.setPassword(DemoUsers.PASSWORD);
      identity.saveUser(pete);
      identity.createMembership(PETE, Groups.PROBATION_PRACTITIONERS);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  ResponseEntity<String> take(String user, ProcessInstance referral, String action, Map<String, Object> values) {
    Map<String, Object> body = new HashMap<>(values);
    body.putIfAbsent("confirmed", true);
    ResponseEntity<String> answer = api.post(user, "/api/cases/" + referral.getBusinessKey() + "/actions/" + action,
        body);
    Api.assertNoInternals(answer);
    pathway.runJobs();
    return answer;
  }

  Map<String, Object> amendForm(ProcessInstance referral) {
    Map<String, Object> form = new HashMap<>();
    for (var node : Api.json(api.get(DemoUsers.COORDINATOR, "/api/cases/" + referral.getBusinessKey() + "/actions"))) {
      if (node.get("id").asText().equals("amend")) {
        node.get("fields").forEach(field -> {
          if (!field.get("value").isNull()) {
            form.put(field.get("key").asText(), field.get("value").isArray()
                ? java.util.stream.StreamSupport.stream(field.get("value").spliterator(), false)
                    .map(v -> v.asText()).toList()
                : field.get("value").isBoolean() ? field.get("value").asBoolean() : field.get("value").asText());
          }
        });
      }
    }
    assertThat(form).as("the amend form starts with today's values").containsEntry("phone", "07700 900123")
        .containsEntry("postcode", "OL11 2AB");
    return form;
  }

  List<String> recipients(ProcessInstance referral, NotificationEvent event) {
    return notifier.notificationsOf(pathway.referralId(referral)).stream().filter(n -> n.getEvent() == event)
        .map(n -> n.getRecipientUserId()).collect(Collectors.toList());
  }

  Map<ReferralField, ReferralChange> changeLog(ProcessInstance referral) {
    return amendments.changeLogOf(pathway.referralId(referral)).stream()
        .collect(Collectors.toMap(ReferralChange::getField, change -> change, (a, b) -> b));
  }

  // Amend /////////////////////////////////////////////////////////////////

  @Test
  void amendingAPhoneNumberIsLoggedWithoutCheckingEligibilityAgainAndTellsTheTrainer() {
    ProcessInstance referral = pathway.referAndAllocate();
    Map<String, Object> form = amendForm(referral);
    form.put("phone", "07700 900999");
    form.put("reason", "New phone.");

    assertThat(take(DemoUsers.PRACTITIONER, referral, "amend", form).getStatusCode()).isEqualTo(HttpStatus.OK);

    Map<ReferralField, ReferralChange> log = changeLog(referral);
    assertThat(log).containsOnlyKeys(ReferralField.PHONE);
    assertThat(log.get(ReferralField.PHONE)).satisfies(change -> {
      assertThat(change.getOldValue()).isEqualTo("07700 900123");
      assertThat(change.getNewValue()).isEqualTo("07700 900999");
      assertThat(change.getRecordedBy()).isEqualTo(DemoUsers.PRACTITIONER);
      assertThat(change.getReason()).isEqualTo("New phone.");
    });
    assertThat(referral).hasPassed(BOUNDARY_REFERRAL_AMENDED, END_REFERRAL_AMENDED).isWaitingAt(TASK_RECORD_CONTACT_ATTEMPT);
    assertThat(recipients(referral, NotificationEvent.REFERRAL_AMENDED)).containsExactly(DemoUsers.TRAINER);
    assertThat(runtime.getVariables(referral.getId())).doesNotContainValue("07700 900999");
  }

  @Test
  void amendingThePostcodeAndRiskChecksEligibilityAndPriorityAgain() {
    ProcessInstance referral = pathway.referAndAllocate();
    Map<String, Object> form = amendForm(referral);
    form.put("postcode", "M1 1AE");
    form.put("riskToSelf", "HIGH");
    form.put("reason", "Moved; risk reassessed by probation.");

    assertThat(take(DemoUsers.TRAINER, referral, "amend", form).getStatusCode()).isEqualTo(HttpStatus.OK);

    Map<ReferralField, ReferralChange> log = changeLog(referral);
    assertThat(log.get(ReferralField.ELIGIBILITY).getNewValue()).isEqualTo("no longer eligible: Lives outside the service area");
    assertThat(log.get(ReferralField.PRIORITY).getNewValue()).isEqualTo("priority now High");
    assertThat(progress.get(pathway.referralId(referral)).getPriority()).isEqualTo("HIGH");
    assertThat(pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT).getPriority()).isEqualTo(80);
    assertThat(referral).hasPassed(SERVICE_TASK_CHECK_ELIGIBILITY_AGAIN, SERVICE_TASK_SUGGEST_PRIORITY_AGAIN);
  }

  @Test
  void amendmentsOldValuesAreRemovedWhenConsentIsWithdrawn() {
    ProcessInstance referral = pathway.referAndAllocate();
    Map<String, Object> form = amendForm(referral);
    form.put("phone", "07700 900999");
    form.put("reason", "New phone.");
    take(DemoUsers.COORDINATOR, referral, "amend", form);

    pathway.withdrawConsent(DemoUsers.COORDINATOR, referral.getBusinessKey());
    pathway.runJobs();

    assertThat(changeLog(referral).get(ReferralField.PHONE)).satisfies(change -> {
      assertThat(change.getOldValue()).isNull();
      assertThat(change.getNewValue()).isNull();
      assertThat(change.getRecordedBy()).isEqualTo(DemoUsers.COORDINATOR);
    });
  }

  @Test
  void whyACaseWasOnHoldIsRemovedWhenConsentIsWithdrawn() {
    ProcessInstance referral = pathway.referAndAllocate();
    take(DemoUsers.TRAINER, referral, "hold", Map.of("reason", "OTHER", "reasonDetail", "Admitted to a ward.",
        "lookAgainOn", ServiceClock.today().plusDays(14).toString()));
    pathway.withdrawConsent(DemoUsers.COORDINATOR, referral.getBusinessKey());
    pathway.runJobs();

    assertThat(holds.holdsOf(pathway.referralId(referral))).singleElement().satisfies(hold -> {
      assertThat(hold.getReason()).isNull();
      assertThat(hold.getReasonDetail()).isNull();
      assertThat(hold.getHeldSince()).isEqualTo(ServiceClock.today());
    });
    assertThat(progress.get(pathway.referralId(referral)).getHoldReason()).isNull();
  }

  @Test
  void aWrongAmendmentIsRefusedAtTheFieldAndAStrangerIsRefused() {
    ProcessInstance referral = pathway.referAndAllocate();
    Map<String, Object> form = amendForm(referral);
    form.put("riskToOthers", "PURPLE");
    ResponseEntity<String> answer = take(DemoUsers.COORDINATOR, referral, "amend", form);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Risk to others").contains("Reason for the change");

    form.put("riskToOthers", "LOW");
    form.put("reason", "x");
    form.put("confirmed", false);
    answer = take(DemoUsers.COORDINATOR, referral, "amend", form);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(answer)).contains("Tick the box to confirm");

    form.put("confirmed", true);
    answer = take(DemoUsers.MANAGER, referral, "amend", form);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(answer)).contains("may amend it");
    assertThat(amendments.changeLogOf(pathway.referralId(referral))).isEmpty();
    assertThat(audit.latest(referral.getBusinessKey(), 100))
        .filteredOn(event -> event.getAction().equals("AMEND_REFERRAL"))
        .as("refused forms are no amendment; the stranger's refusal is audited")
        .extracting(event -> event.getUserId() + " " + event.isAllowed()).containsExactly("mary false");
  }

  @Test
  void anAmendmentChangesOnlyTheDetailsItSendsAndRefusesValuesNoFormSends() {
    ProcessInstance referral = pathway.referAndAllocate();
    Long id = pathway.referralId(referral);
    ResponseEntity<String> answer = take(DemoUsers.PRACTITIONER, referral, "amend",
        Map.of("phone", "07700 900777", "reason", "New number."));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(amendments.changeLogOf(id)).extracting(change -> change.getField())
        .containsExactly(org.ohtpathway.referral.ReferralField.PHONE);
    assertThat(amendments.today(id).loneWorkingCautions()).isEqualTo("Meet at the probation office.");
    assertThat(amendments.today(id).safeToPhone()).isTrue();

    answer = take(DemoUsers.PRACTITIONER, referral, "amend", Map.of("addressLine", Map.of("a", "b"),
        "safeToPhone", "perhaps", "supervisionEndDate", "1900-01-01", "reason", "Wrong values."));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Address: must be text.", "Safe to phone: must be ticked or not",
        "Supervision end date: must be within");
    assertThat(amendments.changeLogOf(id)).hasSize(1);
  }

  @Test
  void eachRoleIsOfferedTheCaseActionsItsJobNeedsAndNoOther() {
    ProcessInstance referral = pathway.referToSessions(6);
    Map<String, List<String>> offered = new java.util.LinkedHashMap<>();
    offered.put(DemoUsers.PRACTITIONER, List.of("amend", "consent-withdrawn", "safeguarding-concern", "transfer",
        "withdraw"));
    offered.put(DemoUsers.COORDINATOR, List.of("amend", "consent-withdrawn", "end-support", "hold", "reallocate",
        "safeguarding-concern", "transfer", "withdraw"));
    offered.put(DemoUsers.TRAINER, List.of("amend", "consent-withdrawn", "end-support", "hold",
        "safeguarding-concern"));
    offered.put(DemoUsers.MANAGER, List.of());
    offered.forEach((user, actions) -> {
      List<String> ids = new java.util.ArrayList<>();
      Api.json(api.get(user, "/api/cases/" + referral.getBusinessKey() + "/actions"))
          .forEach(action -> ids.add(action.get("id").asText()));
      assertThat(ids).as(user).containsExactlyInAnyOrderElementsOf(actions);
    });
    for (String outsider : List.of(DemoUsers.SECOND_TRAINER, DemoUsers.SAFEGUARDING_LEAD, DemoUsers.DESIGNER)) {
      assertThat(api.get(outsider, "/api/cases/" + referral.getBusinessKey() + "/actions").getStatusCode())
          .as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // Offered is what may be taken: every action refused to each role not offered it.
    for (String user : List.of(DemoUsers.PRACTITIONER, DemoUsers.TRAINER, DemoUsers.MANAGER,
        DemoUsers.SECOND_TRAINER, DemoUsers.DESIGNER)) {
      for (String action : offered.get(DemoUsers.COORDINATOR)) {
        if (!offered.getOrDefault(user, List.of()).contains(action)) {
          assertThat(take(user, referral, action, Map.of()).getStatusCode()).as(user + " " + action)
              .isEqualTo(HttpStatus.FORBIDDEN);
        }
      }
    }
    assertThat(referral).isNotEnded();
  }

  // Reallocate ////////////////////////////////////////////////////////////

  @Test
  void reallocatingBeforeThePlanMovesTheOpenTaskTheNextTaskAndTheHealthRecord() {
    ProcessInstance referral = pathway.referAndAllocate();
    Long referralId = pathway.referralId(referral);

    ResponseEntity<String> answer = take(DemoUsers.COORDINATOR, referral, "reallocate",
        Map.of("trainerId", DemoUsers.SECOND_TRAINER, "reason", "Tina's caseload is full."));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);

    assertThat(pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT).getAssignee()).isEqualTo(DemoUsers.SECOND_TRAINER);
    assertThat(triage.allocationsOf(referralId)).extracting(a -> a.getTrainerId())
        .containsExactly(DemoUsers.TRAINER, DemoUsers.SECOND_TRAINER);
    assertThat(runtime.getVariable(referral.getId(), PathwayVariables.TRAINER_ID.name())).isEqualTo(DemoUsers.SECOND_TRAINER);
    assertThat(recipients(referral, NotificationEvent.REALLOCATED_AWAY)).containsExactly(DemoUsers.TRAINER);
    assertThat(recipients(referral, NotificationEvent.REALLOCATED)).containsExactly(DemoUsers.SECOND_TRAINER);
    assertThat(pathway.as(DemoUsers.SECOND_TRAINER, () -> authority.decide(CaseAction.READ_HEALTH_RECORD,
        referrals.get(referralId)).allowed())).isTrue();
    assertThat(pathway.as(DemoUsers.TRAINER, () -> authority.decide(CaseAction.READ_HEALTH_RECORD,
        referrals.get(referralId)).allowed())).isFalse();

    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.SECOND_TRAINER, Pathway.contactForm("APPOINTMENT_BOOKED"));
    assertThat(referral).isWaitingAt(TASK_ASSESS_HEALTH_AND_WELLBEING).task().isAssignedTo(DemoUsers.SECOND_TRAINER);
  }

  @Test
  void reallocatingAfterThePlanMovesTheSessionTask() {
    ProcessInstance referral = pathway.referToSessions(2);
    take(DemoUsers.COORDINATOR, referral, "reallocate", Map.of("trainerId", DemoUsers.SECOND_TRAINER, "reason", "Leave."));

    assertThat(pathway.task(referral, TASK_RECORD_SUPPORT_SESSION).getAssignee()).isEqualTo(DemoUsers.SECOND_TRAINER);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.SECOND_TRAINER, Pathway.sessionForm("ATTENDED"));
    assertThat(referral).task().isAssignedTo(DemoUsers.SECOND_TRAINER);
  }

  @Test
  void reallocationIsForCoordinatorsToAnotherTrainer() {
    ProcessInstance referral = pathway.referAndAllocate();
    ResponseEntity<String> answer = take(DemoUsers.TRAINER, referral, "reallocate",
        Map.of("trainerId", DemoUsers.SECOND_TRAINER, "reason", "x"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(answer)).contains("Only an OHT coordinator may move referral");

    answer = take(DemoUsers.COORDINATOR, referral, "reallocate", Map.of("trainerId", "nobody", "reason", "x"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Health Trainer");
    answer = take(DemoUsers.COORDINATOR, referral, "reallocate", Map.of("trainerId", DemoUsers.TRAINER, "reason", "x"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(triage.allocationsOf(pathway.referralId(referral))).hasSize(1);
  }

  // Transfer //////////////////////////////////////////////////////////////

  @Test
  void aTransferredCaseSendsLaterPractitionerTasksAndEmailsToTheNewPractitioner() {
    ProcessInstance referral = pathway.referToSessions(1);
    ResponseEntity<String> answer = take(DemoUsers.PRACTITIONER, referral, "transfer",
        Map.of("practitionerId", PETE, "reason", "Moved to another probation office."));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(progress.get(pathway.referralId(referral)).getPractitionerId()).isEqualTo(PETE);
    assertThat(recipients(referral, NotificationEvent.TRANSFERRED_AWAY)).containsExactly(DemoUsers.PRACTITIONER);
    assertThat(recipients(referral, NotificationEvent.TRANSFERRED)).containsExactly(PETE);
    assertThat(pathway.formVariables(pathway.task(referral, TASK_RECORD_SUPPORT_SESSION)).get("practitioner"))
        .as("the forms name the practitioner who holds the case now")
        .isEqualTo("Pete Parker (pete@oht-pathway.example)");

    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));
    pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, Pathway.exitForm("GOALS_MET", 2));
    pathway.submit(referral, TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, Pathway.exitSummaryForm());

    assertThat(referral).isWaitingAt(TASK_READ_EXIT_SUMMARY).task().isAssignedTo(PETE);
    assertThat(recipients(referral, NotificationEvent.EXIT_SUMMARY_READY)).containsExactly(PETE);
    answer = take(DemoUsers.PRACTITIONER, referral, "transfer", Map.of("practitionerId", PETE, "reason", "x"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aTransferNeedsAnotherPractitionerAndAReason() {
    ProcessInstance referral = pathway.referAndAllocate();
    ResponseEntity<String> answer = take(DemoUsers.PRACTITIONER, referral, "transfer",
        Map.of("practitionerId", DemoUsers.PRACTITIONER));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Practitioner").contains("Reason for the transfer");
    answer = take(DemoUsers.TRAINER, referral, "transfer", Map.of("practitionerId", PETE, "reason", "x"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(answer)).contains("may transfer it to another practitioner");
  }

  // Hold and resume ///////////////////////////////////////////////////////

  List<Job> deadlineTimers(ProcessInstance referral) {
    List<String> own = management.createJobQuery().processInstanceId(referral.getId())
        .activityId(BOUNDARY_LOOK_AGAIN_DUE).list().stream().map(Job::getId).toList();
    return management.createJobQuery().processInstanceId(referral.getId()).timers().list().stream()
        .filter(job -> !own.contains(job.getId())).toList();
  }

  @Test
  void aTaskCreatedWhileTheCaseIsOnHoldHasItsDeadlinesPausedTooUntilResumed() {
    ProcessInstance referral = pathway.referAndAllocate();
    take(DemoUsers.TRAINER, referral, "hold", Map.of("reason", "IN_CUSTODY",
        "lookAgainOn", ServiceClock.today().plusDays(20).toString()));
    ClockUtil.setCurrentTime(Date.from(ServiceClock.now().plus(java.time.Duration.ofDays(3))));
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("NOT_REACHED"));

    assertThat(referral).isWaitingAt(TASK_RECORD_CONTACT_ATTEMPT, RECEIVE_TASK_WAIT_UNTIL_RESUMED);
    List<Job> paused = deadlineTimers(referral);
    assertThat(paused).as("the new attempt's reminder and escalation").isNotEmpty().allMatch(Job::isSuspended);
    Map<String, Date> before = paused.stream().collect(Collectors.toMap(Job::getId, Job::getDuedate));
    LocalDate setOn = ServiceClock.today();

    ClockUtil.setCurrentTime(Date.from(ServiceClock.now().plus(java.time.Duration.ofDays(7))));
    take(DemoUsers.COORDINATOR, referral, "resume", Map.of());
    int held = calendar.workingDaysBetween(setOn, ServiceClock.today());
    for (Job job : deadlineTimers(referral)) {
      assertThat(job.isSuspended()).isFalse();
      LocalDate was = before.get(job.getId()).toInstant().atZone(ServiceClock.SERVICE_ZONE).toLocalDate();
      assertThat(job.getDuedate().toInstant().atZone(ServiceClock.SERVICE_ZONE).toLocalDate())
          .as("moved on by the working days since it was set, not since the hold began")
          .isEqualTo(calendar.plusWorkingDays(was, held));
    }
  }

  @Test
  void aCaseOnHoldStopsItsDeadlinesAndResumingMovesThemOnByTheWorkingDaysHeld() {
    ProcessInstance referral = pathway.referAndAllocate();
    Map<String, Date> before = deadlineTimers(referral).stream().collect(Collectors.toMap(Job::getId, Job::getDuedate));
    Date taskDueBefore = pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT).getDueDate();
    assertThat(before).isNotEmpty();
    LocalDate lookAgain = ServiceClock.today().plusDays(14);

    ResponseEntity<String> answer = take(DemoUsers.TRAINER, referral, "hold",
        Map.of("reason", "IN_HOSPITAL", "lookAgainOn", lookAgain.toString()));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(progress.get(pathway.referralId(referral)).isOnHold()).isTrue();
    assertThat(referral).isWaitingAt(RECEIVE_TASK_WAIT_UNTIL_RESUMED, TASK_RECORD_CONTACT_ATTEMPT);
    assertThat(deadlineTimers(referral)).allMatch(Job::isSuspended);
    assertThat(management.createJobQuery().processInstanceId(referral.getId()).activityId(BOUNDARY_LOOK_AGAIN_DUE)
        .singleResult()).satisfies(job -> assertThat(job.isSuspended()).isFalse());
    assertThat(runtime.getVariables(referral.getId()).values()).doesNotContain("IN_HOSPITAL");

    ClockUtil.setCurrentTime(Date.from(ServiceClock.now().plus(java.time.Duration.ofDays(7))));
    int held = new org.ohtpathway.deadline.WorkingDayCalendar(List.of())
        .workingDaysBetween(ServiceClock.today().minusDays(7), ServiceClock.today());
    answer = take(DemoUsers.COORDINATOR, referral, "resume", Map.of());
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);

    assertThat(progress.get(pathway.referralId(referral)).isOnHold()).isFalse();
    assertThat(referral).hasPassed(SERVICE_TASK_PAUSE_DEADLINES, SERVICE_TASK_RESUME_DEADLINES, END_CASE_RESUMED);
    int daysHeld = holds.current(pathway.referralId(referral)).getWorkingDaysHeld();
    assertThat(daysHeld).isBetween(held - 1, held);
    for (Job job : deadlineTimers(referral)) {
      assertThat(job.isSuspended()).isFalse();
      LocalDate was = before.get(job.getId()).toInstant().atZone(ServiceClock.SERVICE_ZONE).toLocalDate();
      LocalDate now = job.getDuedate().toInstant().atZone(ServiceClock.SERVICE_ZONE).toLocalDate();
      assertThat(now).as("deadline moved on by the working days held").isEqualTo(calendar.plusWorkingDays(was, daysHeld));
    }
    assertThat(pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT).getDueDate()).isAfter(taskDueBefore);
  }

  @Test
  void theCaseTimelineShowsAmendmentsTransfersAndHoldsToEachAsTheyMaySeeThem() {
    ProcessInstance referral = pathway.referAndAllocate();
    Map<String, Object> form = amendForm(referral);
    form.put("phone", "07700 900555");
    form.put("reason", "Number corrected by phone.");
    take(DemoUsers.COORDINATOR, referral, "amend", form);
    take(DemoUsers.TRAINER, referral, "hold", Map.of("reason", "IN_HOSPITAL",
        "lookAgainOn", ServiceClock.today().plusDays(14).toString()));
    take(DemoUsers.TRAINER, referral, "resume", Map.of());
    take(DemoUsers.PRACTITIONER, referral, "transfer", Map.of("practitionerId", PETE, "reason", "Moved office."));

    String tina = api.get(DemoUsers.TRAINER, "/api/cases/" + referral.getBusinessKey()).getBody();
    assertThat(tina).contains("Referral amended: Phone number", "07700 900555", "Number corrected by phone.",
        "Put on hold; to look at again on", "Why it is on hold: In hospital", "Resumed after",
        "Transferred from paula to pete", "Moved office.");
    String mary = api.get(DemoUsers.MANAGER, "/api/cases/" + referral.getBusinessKey()).getBody();
    assertThat(mary).contains("Referral amended: Phone number", "Put on hold; to look at again on",
        "Transferred from paula to pete")
        .doesNotContain("07700 900555", "Number corrected", "In hospital", "Moved office.");
    String pete = api.get(PETE, "/api/cases/" + referral.getBusinessKey()).getBody();
    assertThat(pete).contains("Put on hold; to look at again on").doesNotContain("In hospital", "07700 900555");
  }

  @Test
  void thePractitionerWithdrawsTheReferralFromItsCaseAndTheTrainerMayNot() {
    ProcessInstance referral = pathway.referToSessions(6);
    Map<String, Object> withdrawal = Map.of("withdrawalReason", "RECALLED_TO_CUSTODY");

    ResponseEntity<String> refused = take(DemoUsers.TRAINER, referral, "withdraw", withdrawal);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("Only the practitioner who made referral");
    assertThat(take(DemoUsers.PRACTITIONER, referral, "withdraw", Map.of()).getBody())
        .contains("Reason for withdrawal: is required.");
    assertThat(referral).isNotEnded();

    ResponseEntity<String> answer = take(DemoUsers.PRACTITIONER, referral, "withdraw", withdrawal);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(referral).isEnded().hasPassed(BOUNDARY_REFERRAL_WITHDRAWN, END_WITHDRAWN);
    assertThat(progress.get(pathway.referralId(referral)).getEndState())
        .isEqualTo(org.ohtpathway.progress.EndState.WITHDRAWN);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_WITHDRAW_REFERRAL).processInstanceBusinessKey(referral.getBusinessKey())
        .finished().count()).isEqualTo(1);
    assertThat(take(DemoUsers.PRACTITIONER, referral, "withdraw", withdrawal).getStatusCode())
        .as("a closed case cannot be withdrawn again").isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void consentWithdrawnFromTheCaseShowsWhoseDetailsGoBeforeRemovingThem() {
    ProcessInstance referral = pathway.referToAssessment();
    Long id = pathway.referralId(referral);
    Map<String, Object> form = new HashMap<>(Map.of("consentWithdrawnOn", ServiceClock.today().toString(),
        "reportedBy", "PHONE"));

    assertThat(take(DemoUsers.SECOND_TRAINER, referral, "consent-withdrawn", form).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> shown = take(DemoUsers.TRAINER, referral, "consent-withdrawn", form);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(shown.getBody()).contains("Remove this person's details", "Alex Example", referral.getBusinessKey(),
        "tick the box");
    assertThat(referrals.summary(id).personName()).isEqualTo("Alex Example");

    form.put("confirmErasure", true);
    ResponseEntity<String> answer = take(DemoUsers.TRAINER, referral, "consent-withdrawn", form);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(referral).isEnded().hasPassed(BOUNDARY_CONSENT_WITHDRAWN, END_WITHDRAWN);
    assertThat(String.valueOf(referrals.summary(id).personName())).doesNotContain("Alex");
  }

  @Test
  void aSafeguardingConcernRaisedFromTheCaseGoesToTheLeads() {
    ProcessInstance referral = pathway.referToAssessment();
    Map<String, Object> concern = Map.of("atRisk", "THE_PERSON", "immediateDanger", "false",
        "concernDescription", "Said he has nowhere to sleep tonight.");

    assertThat(take(DemoUsers.MANAGER, referral, "safeguarding-concern", concern).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(take(DemoUsers.TRAINER, referral, "safeguarding-concern", Map.of("atRisk", "THE_PERSON")).getBody())
        .contains("Is anyone in immediate danger?: is required.", "The concern: is required.");
    ResponseEntity<String> answer = take(DemoUsers.TRAINER, referral, "safeguarding-concern", concern);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.createTaskQuery().processInstanceId(referral.getId())
        .taskDefinitionKey(TASK_ACT_ON_SAFEGUARDING_CONCERN).taskCandidateGroup("safeguarding-leads").count())
        .isEqualTo(1);
    assertThat(referral).isWaitingAt(TASK_ASSESS_HEALTH_AND_WELLBEING);
  }

  @Test
  void theLookAgainDayRemindsTheTrainerAndCoordinators() {
    ProcessInstance referral = pathway.referAndAllocate();
    take(DemoUsers.COORDINATOR, referral, "hold", Map.of("reason", "IN_CUSTODY", "lookAgainOn",
        ServiceClock.today().plusDays(3).toString()));
    pathway.fire(referral, BOUNDARY_LOOK_AGAIN_DUE);

    assertThat(recipients(referral, NotificationEvent.LOOK_AGAIN)).contains(DemoUsers.TRAINER, DemoUsers.COORDINATOR);
    assertThat(referral).isWaitingAt(RECEIVE_TASK_WAIT_UNTIL_RESUMED, TASK_RECORD_CONTACT_ATTEMPT);
  }

  @Test
  void aHoldNeedsADayInTheFutureAndResumeIsOnlyForACaseOnHold() {
    ProcessInstance referral = pathway.referAndAllocate();
    ResponseEntity<String> answer = take(DemoUsers.TRAINER, referral, "hold",
        Map.of("reason", "OTHER", "lookAgainOn", ServiceClock.today().minusDays(1).toString()));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Look again on").contains("Details of the reason");
    answer = take(DemoUsers.PRACTITIONER, referral, "hold",
        Map.of("reason", "IN_CUSTODY", "lookAgainOn", ServiceClock.today().plusDays(5).toString()));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(answer)).contains("may put it on hold or resume it");
    answer = take(DemoUsers.TRAINER, referral, "resume", Map.of());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  // Withdraw, consent withdrawn, safeguarding concern ////////////////////////

  long requests(String processKey, ProcessInstance referral) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(referral.getBusinessKey()).count();
  }

  @Test
  void withdrawingFromTheCaseViewSubmitsTheWithdrawalRequestAndStopsThePathway() {
    ProcessInstance referral = pathway.referAndAllocate();
    ResponseEntity<String> answer = take(DemoUsers.COORDINATOR, referral, "withdraw",
        Map.of("withdrawalReason", List.of("OTHER"), "withdrawalDetails", Map.of("text", "x")));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Reason for withdrawal: must be one of the options");
    answer = take(DemoUsers.COORDINATOR, referral, "withdraw", Map.of("withdrawalReason", "OTHER"));
    assertThat(answer.getBody()).contains("Details: is required.");
    assertThat(requests(PROCESS_WITHDRAW_REFERRAL, referral)).isZero();

    answer = take(DemoUsers.COORDINATOR, referral, "withdraw",
        Map.of("withdrawalReason", "MOVED_OUT_OF_AREA"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(message(answer)).contains("is withdrawn");
    assertThat(requests(PROCESS_WITHDRAW_REFERRAL, referral)).isOne();
    assertThat(referral).isEnded();
    assertThat(progress.get(pathway.referralId(referral)).isOpen()).isFalse();
  }

  @Test
  void consentWithdrawnFromTheCaseViewNamesThePersonFirstThenSubmitsTheRequest() {
    ProcessInstance referral = pathway.referAndAllocate();
    var person = referrals.summary(pathway.referralId(referral));
    Map<String, Object> form = new HashMap<>(Map.of("consentWithdrawnOn", ServiceClock.today().toString(),
        "reportedBy", "PHONE", "confirmErasure", true));
    ResponseEntity<String> answer = take(DemoUsers.TRAINER, referral, "consent-withdrawn", form);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Remove this person's details: this will remove for good the details of "
        + person.personName() + " (CRN " + person.crn() + ")");
    assertThat(requests(PROCESS_WITHDRAW_CONSENT, referral)).isZero();

    answer = take(DemoUsers.TRAINER, referral, "consent-withdrawn", form);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(requests(PROCESS_WITHDRAW_CONSENT, referral)).isOne();
    assertThat(referral).isEnded();
  }

  @Test
  void aConcernRaisedFromTheCaseViewReachesTheSafeguardingLeads() {
    ProcessInstance referral = pathway.referAndAllocate();
    ResponseEntity<String> answer = take(DemoUsers.PRACTITIONER, referral, "safeguarding-concern",
        Map.of("atRisk", "A_CHILD", "immediateDanger", "perhaps", "concernDescription", "Left alone at night."));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Is anyone in immediate danger?: must be yes or no.");

    answer = take(DemoUsers.PRACTITIONER, referral, "safeguarding-concern",
        Map.of("atRisk", "A_CHILD", "immediateDanger", "false", "concernDescription", "Left alone at night."));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(requests(PROCESS_RAISE_SAFEGUARDING_CONCERN, referral)).isOne();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(referral.getBusinessKey())
        .taskDefinitionKey(TASK_ACT_ON_SAFEGUARDING_CONCERN).count()).isOne();
  }
}
