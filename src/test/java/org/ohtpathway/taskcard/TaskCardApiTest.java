package org.ohtpathway.taskcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.Api.json;
import static org.ohtpathway.Api.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.allocation.Priority;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist's cards say whose each task is: the reference to anyone who can list the task, the
 * person's name only to those who may open its form, the priority as a word. Tina's referral
 * waits for its assessment (assigned to her); another referral waits for triage.
 */
@HttpTest
class TaskCardApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired ReferralService referrals;

  Api api;
  Pathway pathway;
  ProcessInstance tinasReferral;
  Task assessment;
  String tinasPerson;
  ProcessInstance waitingForTriage;
  Task triage;

  @BeforeEach
  void tinasReferralWaitsForItsAssessmentAndAnotherForTriage() {
    api = new Api(rest);
    pathway = new Pathway(engine);
    tinasReferral = pathway.referToAssessment();
    assessment = pathway.task(tinasReferral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING);
    tinasPerson = referrals.summary(pathway.referralId(tinasReferral)).personName();
    waitingForTriage = pathway.refer();
    triage = pathway.task(waitingForTriage, PathwayModel.TASK_TRIAGE_AND_ALLOCATE);
  }

  @AfterEach
  void noUserLeftAuthenticated() {
    identity.clearAuthentication();
  }

  @Test
  void aTrainersCardOfHerOwnTaskNamesTheReferralAndThePerson() {
    JsonNode cards = cards(DemoUsers.TRAINER, assessment.getId());

    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).get("taskId").asText()).isEqualTo(assessment.getId());
    assertThat(cards.get(0).get("reference").asText()).isEqualTo(tinasReferral.getBusinessKey());
    assertThat(cards.get(0).get("name").asText()).isEqualTo(tinasPerson);
    assertThat(cards.get(0).get("priority").asText()).isEqualTo("Medium");
  }

  @Test
  void theNameIsNeverStoredInTheEngine() {
    cards(DemoUsers.TRAINER, assessment.getId());

    assertThat(engine.getRuntimeService().getVariables(tinasReferral.getId()).values())
        .noneMatch(value -> String.valueOf(value).contains(tinasPerson));
    assertThat(engine.getTaskService().getVariables(assessment.getId()).values())
        .noneMatch(value -> String.valueOf(value).contains(tinasPerson));
  }

  @Test
  void anotherTrainerLearnsNothingOfHerTask() {
    assertThat(cards(DemoUsers.SECOND_TRAINER, assessment.getId())).isEmpty();
  }

  @Test
  void aCoordinatorSeesTheReferenceOfEveryTaskAndTheNameOnlyOfTheTeamsOwnQueue() {
    JsonNode cards = cards(DemoUsers.COORDINATOR, assessment.getId(), triage.getId());
    Map<String, JsonNode> byTask = IntStream.range(0, cards.size()).mapToObj(cards::get)
        .collect(Collectors.toMap(card -> card.get("taskId").asText(), card -> card));

    assertThat(byTask).containsOnlyKeys(assessment.getId(), triage.getId());
    // The assessment is the trainer's to open (maySee refuses colin): its reference only.
    assertThat(byTask.get(assessment.getId()).get("reference").asText()).isEqualTo(tinasReferral.getBusinessKey());
    assertThat(byTask.get(assessment.getId()).get("name").isNull()).isTrue();
    // Triage is the coordinators' own work, which maySee lets any of them open.
    assertThat(byTask.get(triage.getId()).get("reference").asText()).isEqualTo(waitingForTriage.getBusinessKey());
    assertThat(byTask.get(triage.getId()).get("name").asText())
        .isEqualTo(referrals.summary(pathway.referralId(waitingForTriage)).personName());
  }

  @Test
  void aTrainerSeesNoNameOnATaskOfHersBeforeClaimingIt() {
    engine.getTaskService().setAssignee(assessment.getId(), null);
    engine.getTaskService().addCandidateUser(assessment.getId(), DemoUsers.TRAINER);

    JsonNode cards = cards(DemoUsers.TRAINER, assessment.getId());

    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).get("reference").asText()).isEqualTo(tinasReferral.getBusinessKey());
    assertThat(cards.get(0).get("name").isNull()).isTrue();
  }

  @Test
  void theCardsPriorityIsAWord() {
    assertThat(priorityShownFor(100)).isEqualTo("Urgent");
    assertThat(priorityShownFor(Priority.URGENT_TASK_PRIORITY)).isEqualTo("Urgent");
    assertThat(priorityShownFor(Priority.HIGH.taskPriority())).isEqualTo("High");
    assertThat(priorityShownFor(Priority.MEDIUM.taskPriority())).isEqualTo("Medium");
    assertThat(priorityShownFor(Priority.ROUTINE.taskPriority())).isEqualTo("Routine");
    assertThat(priorityShownFor(0)).isEqualTo("Routine");
  }

  @Test
  void tooManyOrMalformedIdsAreTheCallersMistake() {
    String many = IntStream.rangeClosed(1, TaskCards.MAX_TASKS + 1).mapToObj(i -> "taskId=t" + i)
        .collect(Collectors.joining("&"));
    ResponseEntity<String> tooMany = api.get(DemoUsers.TRAINER, "/api/task-cards?" + many);
    ResponseEntity<String> tooLong = api.get(DemoUsers.TRAINER, "/api/task-cards?taskId=" + "x".repeat(65));

    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(tooMany)).contains("at most " + TaskCards.MAX_TASKS);
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(tooLong)).contains("taskId");
    Api.assertNoInternals(tooLong);
    assertThat(cards(DemoUsers.TRAINER)).isEmpty();
    assertThat(cards(DemoUsers.TRAINER, "no-such-task")).isEmpty();
  }

  @Test
  void withoutLoggingInThereAreNoCards() {
    ResponseEntity<String> answer = rest.getForEntity("/api/task-cards?taskId=" + assessment.getId(), String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String priorityShownFor(int taskPriority) {
    engine.getTaskService().setPriority(assessment.getId(), taskPriority);
    return cards(DemoUsers.TRAINER, assessment.getId()).get(0).get("priority").asText();
  }

  private JsonNode cards(String user, String... taskIds) {
    String query = java.util.Arrays.stream(taskIds).map(id -> "taskId=" + id).collect(Collectors.joining("&"));
    return json(api.get(user, "/api/task-cards" + (query.isEmpty() ? "" : "?" + query)));
  }
}
