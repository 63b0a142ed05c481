package org.ohtpathway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
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
import org.ohtpathway.WebappSession;
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
    String form = "{\"variables\":{\"triageOutcome\":{\"value\":\"ALLOCATE\"},\"priority\":{\"value\":\"HIGH\"},\"trainerId\":{\"value\":\"tina\"}}}";

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
    WebappSession tasklist = WebappSession.logIn(rest, "tasklist", DemoUsers.COORDINATOR, DemoUsers.PASSWORD);

    ResponseEntity<String> response = tasklist.post("/camunda/api/engine/engine/default/task/" + triage.getId()
        + "/submit-form", "{\"variables\":{\"triageOutcome\":{\"value\":\"ALLOCATE\"},\"priority\":{\"value\":\"MEDIUM\"},\"trainerId\":{\"value\":\"tina\"}}}");

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
    assertThat(audit.latest(reference, 10))
        .extracting(AuditEvent::getUserId, AuditEvent::getAction, AuditEvent::isAllowed)
        .containsExactly(tuple(DemoUsers.PRACTITIONER, AuditLog.Action.WITHDRAW_REFERRAL.name(), true),
            tuple(DemoUsers.TRAINER, AuditLog.Action.READ_HEALTH_RECORD.name(), true));
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
}
