package org.ohtpathway.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.process.PathwayModel.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.session.SessionService;
import org.ohtpathway.signposting.SignpostingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The whole application on a random port, taking a referral from the start form to exit
 * through the REST API's submit-form calls exactly as Tasklist makes them: primitives
 * untyped, checklists and dynamic lists as Json. Asynchronous steps are run through the REST
 * API by an administrator, as the job executor would run them ({@code JobExecutorTest} shows
 * that it does).
 */
@HttpTest
class RestApiPathwayTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The administrator of camunda.bpm.admin-user; its demo password is the demo users' one. */
  private static final String ADMIN = "admin";

  @Autowired TestRestTemplate rest;
  @Autowired ReferralService referrals;
  @Autowired CaseProgress outcomes;
  @Autowired SessionService sessions;
  @Autowired SignpostingService signposting;
  @Autowired IdentityService identity;

  @Test
  void aReferralGoesFromTheStartFormToExitThroughSubmitFormCalls() throws Exception {
    JsonNode started = submit(DemoUsers.PRACTITIONER,
        "/engine-rest/process-definition/key/" + PROCESS_PATHWAY + "/submit-form", Pathway.referralForm());
    String pid = started.get("id").asText();
    assertThat(started.get("businessKey").asText()).matches("OHT-\\d{4}-\\d{6}");

    String triage = waitForTask(pid, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR);
    JsonNode triageVariables = get(DemoUsers.COORDINATOR, "/engine-rest/task/" + triage + "/form-variables?deserializeValues=false");
    assertThat(triageVariables.at("/trainerOptions/type").asText()).isEqualTo("Json");
    assertThat(triageVariables.at("/trainerOptions/value").asText()).contains("\"value\":\"tina\"");
    assertThat(triageVariables.at("/personName/value").asText()).isEqualTo("Alex Example");
    completeTask(triage, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));

    complete(pid, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("APPOINTMENT_BOOKED"));
    complete(pid, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));
    complete(pid, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, Pathway.planForm(2, 2));

    String session = waitForTask(pid, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER);
    JsonNode goalRows = JSON.readTree(get(DemoUsers.TRAINER,
        "/engine-rest/task/" + session + "/form-variables?deserializeValues=false").at("/goalProgress/value").asText());
    assertThat(goalRows).hasSize(2);
    completeTask(session, DemoUsers.TRAINER, Pathway.sessionWithOnwardReferrals("STOP_SMOKING", "DENTIST"));
    // The follow-ups wait ten working days; an administrator can run their timers at once.
    for (String timer : get(ADMIN, "/engine-rest/job?maxResults=50&processInstanceId=" + pid + "&activityId="
        + CATCH_FOLLOW_UP_DUE).findValuesAsText("id")) {
      assertThat(post(ADMIN, "/engine-rest/job/" + timer + "/execute", Map.of()).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    assertThat(waitForTasks(pid, TASK_FOLLOW_UP_ONWARD_REFERRAL, DemoUsers.TRAINER, 2)).hasSize(2);
    for (String followUp : tasks(pid, TASK_FOLLOW_UP_ONWARD_REFERRAL, DemoUsers.TRAINER)) {
      completeTask(followUp, DemoUsers.TRAINER, Pathway.followUpForm("ATTENDED"));
    }
    complete(pid, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    complete(pid, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));

    String exit = waitForTask(pid, TASK_RECORD_EXIT, DemoUsers.TRAINER);
    Map<String, Object> badExit = Pathway.exitForm("GOALS_MET", 2);
    badExit.put("exitConfidence", 11);
    ResponseEntity<String> refused = post(DemoUsers.TRAINER, "/engine-rest/task/" + exit + "/submit-form", badExit);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(refused.getBody()).get("message").asText())
        .contains("Confidence to change: must be between 0 and 10");
    assertThat(waitForTask(pid, TASK_RECORD_EXIT, DemoUsers.TRAINER)).isEqualTo(exit);
    completeTask(exit, DemoUsers.TRAINER, Pathway.exitForm("GOALS_MET", 2));

    complete(pid, TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, Pathway.exitSummaryForm());
    complete(pid, TASK_READ_EXIT_SUMMARY, DemoUsers.PRACTITIONER, Pathway.acknowledgement());

    assertThat(get(DemoUsers.MANAGER, "/engine-rest/history/process-instance/" + pid).get("state").asText())
        .isEqualTo("COMPLETED");
    Long referralId = referrals.findByReference(started.get("businessKey").asText()).orElseThrow().getId();
    assertThat(outcomes.endStateOf(referralId)).contains(EndState.COMPLETED);
    assertThat(sessions.sessionsOf(referralId)).hasSize(2);
    assertThat(signposting.onwardReferralsOf(referralId)).hasSize(2)
        .allSatisfy(onward -> assertThat(signposting.followUpsOf(onward.getId())).hasSize(1));
  }

  @Test
  void theRestApiRefusesRequestsWithoutValidCredentials() {
    assertThat(rest.getForEntity("/engine-rest/task?maxResults=10", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // A failed login delays that user's next attempt, so the wrong password is tried on a user of its own.
    if (identity.createUserQuery().userId("passwordprobe").count() == 0) {
      User probe = identity.newUser("passwordprobe");
      probe.setPassword("Probe-password-1!");
      identity.saveUser(probe);
    }
    assertThat(rest.withBasicAuth("passwordprobe", "wrong")
        .getForEntity("/engine-rest/task?maxResults=10", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth(DemoUsers.SECOND_TRAINER, DemoUsers.PASSWORD)
        .getForEntity("/engine-rest/task?maxResults=10", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // REST, as Tasklist calls it ///////////////////////////////////////////////

  private void complete(String pid, String taskKey, String user, Map<String, Object> form) throws Exception {
    completeTask(waitForTask(pid, taskKey, user), user, form);
  }

  private void completeTask(String taskId, String user, Map<String, Object> form) throws Exception {
    ResponseEntity<String> response = post(user, "/engine-rest/task/" + taskId + "/submit-form", form);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private JsonNode submit(String user, String path, Map<String, Object> form) throws Exception {
    ResponseEntity<String> response = post(user, path, form);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private ResponseEntity<String> post(String user, String path, Map<String, Object> form) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, value instanceof JsonValue json
        ? Map.of("value", json.getValueSerialized(), "type", "Json")
        : Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST,
        new HttpEntity<>(JSON.writeValueAsString(Map.of("variables", variables)), headers), String.class);
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth(user, DemoUsers.PASSWORD).getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private List<String> tasks(String pid, String taskKey, String user) throws Exception {
    JsonNode found = get(user, "/engine-rest/task?processInstanceId=" + pid + "&taskDefinitionKey=" + taskKey + "&maxResults=50");
    return found.findValuesAsText("id");
  }

  /** Runs the asynchronous steps that are due, then finds the task. */
  private String waitForTask(String pid, String taskKey, String user) throws Exception {
    return waitForTasks(pid, taskKey, user, 1).get(0);
  }

  private List<String> waitForTasks(String pid, String taskKey, String user, int count) throws Exception {
    runDueJobs(pid);
    List<String> found = tasks(pid, taskKey, user);
    assertThat(found).as("tasks %s of %s", taskKey, pid).hasSize(count);
    return found;
  }

  private void runDueJobs(String pid) throws Exception {
    for (int round = 0; round < 20; round++) {
      List<String> due = get(ADMIN, "/engine-rest/job?executable=true&maxResults=100&processInstanceId=" + pid)
          .findValuesAsText("id");
      if (due.isEmpty()) {
        return;
      }
      for (String job : due) {
        assertThat(post(ADMIN, "/engine-rest/job/" + job + "/execute", Map.of()).getStatusCode())
            .isEqualTo(HttpStatus.NO_CONTENT);
      }
    }
  }
}
