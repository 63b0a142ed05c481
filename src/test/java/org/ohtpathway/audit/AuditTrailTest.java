package org.ohtpathway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Who did what: the engine's user operation log names the user behind every change made
 * through Tasklist or the REST API, and the application's audit log names whoever read a
 * health record, for longer than the engine keeps its history.
 */
@HttpTest
class AuditTrailTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired ReferralService referrals;
  @Autowired AuditLog audit;

  @AfterEach
  void backToThePresent() {
    ClockUtil.reset();
  }

  @Test
  void aTaskCompletedThroughTheRestApiIsLoggedWithTheUserWhoCompletedIt() {
    ProcessInstance referral = new Pathway(engine).refer();
    Task triage = new Pathway(engine).task(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String form = "{\"variables\":{\"priority\":{\"value\":\"HIGH\"},\"trainerId\":{\"value\":\"tina\"}}}";

    ResponseEntity<String> response = rest.withBasicAuth(DemoUsers.COORDINATOR, DemoUsers.PASSWORD).exchange(
        "/engine-rest/task/" + triage.getId() + "/submit-form", HttpMethod.POST, new HttpEntity<>(form, headers),
        String.class);

    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    assertThat(operationsOn(triage)).extracting(UserOperationLogEntry::getUserId, UserOperationLogEntry::getOperationType)
        .contains(tuple(DemoUsers.COORDINATOR, UserOperationLogEntry.OPERATION_TYPE_COMPLETE));
  }

  @Test
  void aTaskCompletedInTasklistIsLoggedWithTheUserWhoCompletedIt() {
    ProcessInstance referral = new Pathway(engine).refer();
    Task triage = new Pathway(engine).task(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE);
    Tasklist tasklist = Tasklist.logIn(rest, DemoUsers.COORDINATOR, DemoUsers.PASSWORD);

    ResponseEntity<String> response = tasklist.post("/camunda/api/engine/engine/default/task/" + triage.getId()
        + "/submit-form", "{\"variables\":{\"priority\":{\"value\":\"MEDIUM\"},\"trainerId\":{\"value\":\"tina\"}}}");

    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    assertThat(operationsOn(triage)).extracting(UserOperationLogEntry::getUserId, UserOperationLogEntry::getOperationType)
        .contains(tuple(DemoUsers.COORDINATOR, UserOperationLogEntry.OPERATION_TYPE_COMPLETE));
  }

  @Test
  void readingAHealthRecordIsAuditedAndTheAuditOutlivesHistoryCleanup() {
    Pathway pathway = new Pathway(engine);
    ProcessInstance referral = pathway.referAndAllocate();
    String reference = referrals.get(pathway.referralId(referral)).getReference();

    ResponseEntity<String> read = rest.withBasicAuth(DemoUsers.TRAINER, DemoUsers.PASSWORD)
        .getForEntity("/api/referrals/" + reference, String.class);
    assertThat(read.getStatusCode().is2xxSuccessful()).as(read.getBody()).isTrue();
    pathway.start(PathwayModel.PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER,
        Map.of("referralReference", reference, "withdrawalReason", "MOVED_OUT_OF_AREA"));
    pathway.runJobs();
    assertThat(referral(referral)).as("the pathway's history before cleanup").isEqualTo(1);

    ClockUtil.setCurrentTime(Date.from(ServiceClock.now().plus(Duration.ofDays(2922 + 1))));
    cleanUpHistory();

    assertThat(referral(referral)).as("the pathway's history after cleanup").isZero();
    assertThat(audit.latest(reference, 10)).singleElement().satisfies(event -> {
      assertThat(event.getUserId()).isEqualTo(DemoUsers.TRAINER);
      assertThat(event.getAction()).isEqualTo(AuditLog.Action.READ_HEALTH_RECORD.name());
      assertThat(event.isAllowed()).isTrue();
    });
  }

  private long referral(ProcessInstance referral) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(referral.getId()).count();
  }

  /** What the job executor does in the cleanup window, until nothing is left to remove. */
  private void cleanUpHistory() {
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    for (int round = 0; round < 50 && cleanup != null && cleanup.getDuedate().compareTo(ClockUtil.getCurrentTime()) <= 0;
        round++) {
      engine.getManagementService().executeJob(cleanup.getId());
      cleanup = engine.getManagementService().createJobQuery().jobId(cleanup.getId()).singleResult();
    }
  }

  private List<UserOperationLogEntry> operationsOn(Task task) {
    return new ArrayList<>(engine.getHistoryService().createUserOperationLogQuery().taskId(task.getId())
        .entityType(EntityTypes.TASK).list());
  }

  /** A browser session of Tasklist: its login, its session cookie and its CSRF token. */
  record Tasklist(TestRestTemplate rest, String cookies, String csrfToken) {

    static Tasklist logIn(TestRestTemplate rest, String user, String password) {
      Tasklist anonymous = open(rest, "");
      MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
      form.add("username", user);
      form.add("password", password);
      HttpHeaders headers = anonymous.headers(MediaType.APPLICATION_FORM_URLENCODED);
      ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
          HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
      assertThat(login.getStatusCode().is2xxSuccessful()).as(login.getBody()).isTrue();
      return open(rest, cookies(login, anonymous.cookies()));
    }

    private static Tasklist open(TestRestTemplate rest, String cookies) {
      HttpHeaders headers = new HttpHeaders();
      if (!cookies.isEmpty()) {
        headers.add(HttpHeaders.COOKIE, cookies);
      }
      ResponseEntity<String> page = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
          new HttpEntity<>(headers), String.class);
      assertThat(page.getHeaders().getFirst("X-XSRF-TOKEN")).as("CSRF token of %s: %s %s", page.getStatusCode(),
          page.getHeaders(), page.getBody()).isNotNull();
      return new Tasklist(rest, cookies(page, cookies), page.getHeaders().getFirst("X-XSRF-TOKEN"));
    }

    ResponseEntity<String> post(String path, String json) {
      return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers(MediaType.APPLICATION_JSON)),
          String.class);
    }

    private HttpHeaders headers(MediaType type) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(type);
      headers.add(HttpHeaders.COOKIE, cookies);
      headers.add("X-XSRF-TOKEN", csrfToken);
      return headers;
    }

    /** The cookies the response sets, over those already held. */
    private static String cookies(ResponseEntity<?> response, String held) {
      Map<String, String> jar = new LinkedHashMap<>();
      for (String cookie : held.isEmpty() ? new String[0] : held.split("; ")) {
        jar.put(cookie.substring(0, cookie.indexOf('=')), cookie);
      }
      for (String set : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
        String cookie = set.split(";", 2)[0];
        jar.put(cookie.substring(0, cookie.indexOf('=')), cookie);
      }
      return String.join("; ", jar.values());
    }
  }
}
