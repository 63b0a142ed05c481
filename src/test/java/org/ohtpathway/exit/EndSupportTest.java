package org.ohtpathway.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohtpathway.Api.message;
import static org.ohtpathway.process.PathwayModel.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.EndState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The case action "End support": from each stage after the assessment, straight to the exit. */
@HttpTest
class EndSupportTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired ExitService exits;
  @Autowired CaseProgress progress;
  @Autowired org.ohtpathway.notification.Notifier notifier;
  @Autowired org.ohtpathway.appointment.AppointmentService appointments;
  Api api;
  Pathway pathway;

  @BeforeEach
  void setUp() {
    api = new Api(rest);
    pathway = new Pathway(engine);
  }

  ResponseEntity<String> endSupport(String user, ProcessInstance referral, Map<String, Object> values) {
    Map<String, Object> body = new HashMap<>(values);
    body.putIfAbsent("confirmed", true);
    ResponseEntity<String> answer = api.post(user, "/api/cases/" + referral.getBusinessKey() + "/actions/end-support",
        body);
    Api.assertNoInternals(answer);
    pathway.runJobs();
    return answer;
  }

  static Map<String, Object> because(String reason) {
    return Map.of("reason", reason, "endedOn", ServiceClock.today().toString());
  }

  boolean offered(String user, ProcessInstance referral) {
    for (var node : Api.json(api.get(user, "/api/cases/" + referral.getBusinessKey() + "/actions"))) {
      if (node.get("id").asText().equals("end-support")) {
        return true;
      }
    }
    return false;
  }

  void assertAtTheExitWith(ProcessInstance referral, String exitReason) {
    Task exit = pathway.task(referral, TASK_RECORD_EXIT);
    assertThat(exit.getAssignee()).isEqualTo(DemoUsers.TRAINER);
    assertThat(exit.getDueDate()).isNotNull();
    assertThat(pathway.as(DemoUsers.TRAINER, () -> pathway.formVariables(exit)).get("exitReason"))
        .as("the exit form starts with the reason given").isEqualTo(exitReason);
    for (String open : List.of(TASK_AGREE_HEALTH_PLAN, TASK_RECORD_SUPPORT_SESSION, TASK_REVIEW_PROGRESS)) {
      assertThat(pathway.tasks(referral, open)).as(open).isEmpty();
    }
  }

  @Test
  void aPersonWhoMovesAwayBeforeThePlanGoesStraightToTheExit() {
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));
    assertThat(offered(DemoUsers.TRAINER, referral)).isTrue();

    ResponseEntity<String> answer = endSupport(DemoUsers.TRAINER, referral, because("MOVED_AWAY"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertAtTheExitWith(referral, "MOVED_OUT_OF_AREA");
    assertThat(notifier.notificationsOf(pathway.referralId(referral))).as("she ended it herself: no email")
        .noneMatch(n -> n.getEvent() == org.ohtpathway.notification.NotificationEvent.SUPPORT_ENDED);
    assertThat(exits.supportEndingOf(pathway.referralId(referral)).orElseThrow().getReason())
        .isEqualTo(SupportEndingReason.MOVED_AWAY);
    pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, Pathway.exitForm("MOVED_OUT_OF_AREA", 0));
    assertThat(pathway.task(referral, TASK_WRITE_EXIT_SUMMARY)).isNotNull();
  }

  @Test
  void aPersonRecalledToCustodyDuringTheSessionsGoesToTheExit() {
    ProcessInstance referral = pathway.referToSessions(6);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));

    ResponseEntity<String> answer = endSupport(DemoUsers.COORDINATOR, referral, because("RECALLED_TO_CUSTODY"));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);

    assertAtTheExitWith(referral, "RECALLED_TO_CUSTODY");
    assertThat(notifier.notificationsOf(pathway.referralId(referral)))
        .filteredOn(n -> n.getEvent() == org.ohtpathway.notification.NotificationEvent.SUPPORT_ENDED)
        .extracting(n -> n.getRecipientUserId()).as("a coordinator ended it: the trainer is told")
        .containsExactly(DemoUsers.TRAINER);
    assertThatThrownBy(() -> pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER,
        Pathway.exitForm("GOALS_MET", 2))).as("support ended early: not a completion")
        .hasMessageContaining("Reason for exit: support ended early (Recalled to custody");
    assertThat(appointments.booked(pathway.referralId(referral))).as("the booked appointment is cancelled").isEmpty();
    assertThat(appointments.appointmentsOf(pathway.referralId(referral))).extracting(a -> a.getStatus())
        .contains(org.ohtpathway.appointment.AppointmentStatus.CANCELLED);
    pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, Pathway.exitForm("RECALLED_TO_CUSTODY", 2));
    assertThat(progress.get(pathway.referralId(referral)).getEndState()).isEqualTo(EndState.ENDED_EARLY);
  }

  @Test
  void supportCanEndWhileAReviewIsOpenWithAnOtherReasonInWords() {
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    assertThat(pathway.task(referral, TASK_REVIEW_PROGRESS)).isNotNull();

    ResponseEntity<String> withoutWords = endSupport(DemoUsers.TRAINER, referral, because("OTHER"));
    assertThat(withoutWords.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(withoutWords)).contains("Other reason");
    assertThat(pathway.task(referral, TASK_REVIEW_PROGRESS)).as("nothing changed").isNotNull();

    Map<String, Object> other = new HashMap<>(because("OTHER"));
    other.put("reasonOther", "Started full-time work far away");
    assertThat(endSupport(DemoUsers.TRAINER, referral, other).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertAtTheExitWith(referral, "OTHER");
  }

  @Test
  void supportCannotEndBeforeTheAssessmentNorTwiceNorByThePractitioner() {
    ProcessInstance early = pathway.referAndAllocate();
    assertThat(offered(DemoUsers.TRAINER, early)).isFalse();
    assertThat(endSupport(DemoUsers.TRAINER, early, because("DIED")).getStatusCode().is4xxClientError()).isTrue();
    assertThat(pathway.task(early, TASK_RECORD_CONTACT_ATTEMPT)).isNotNull();

    ProcessInstance referral = pathway.referToSessions(6);
    assertThat(endSupport(DemoUsers.PRACTITIONER, referral, because("DIED")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(pathway.task(referral, TASK_RECORD_SUPPORT_SESSION)).isNotNull();

    Map<String, Object> future = Map.of("reason", "DIED", "endedOn", ServiceClock.today().plusDays(3).toString());
    ResponseEntity<String> tomorrow = endSupport(DemoUsers.TRAINER, referral, future);
    assertThat(tomorrow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(tomorrow)).contains("Support ended on").contains("future");

    assertThat(endSupport(DemoUsers.TRAINER, referral, because("DIED")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(offered(DemoUsers.TRAINER, referral)).as("no longer offered once support has ended").isFalse();
    ResponseEntity<String> again = endSupport(DemoUsers.TRAINER, referral, because("DIED"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(again)).contains("cannot be taken");
    assertThat(pathway.tasks(referral, TASK_RECORD_EXIT)).hasSize(1);
  }
}
