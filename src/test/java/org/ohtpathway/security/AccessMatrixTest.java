package org.ohtpathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.Api.json;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Who may do what, over real HTTP against the running application: each role × operation,
 * and the expected allow or deny. A referral allocated to Tina and assessed is the subject.
 */
@HttpTest
class AccessMatrixTest {

  static final String ADMIN = "admin";
  static final List<String> USERS = List.of(DemoUsers.PRACTITIONER, DemoUsers.COORDINATOR, DemoUsers.TRAINER,
      DemoUsers.SECOND_TRAINER, DemoUsers.SAFEGUARDING_LEAD, DemoUsers.MANAGER, DemoUsers.DESIGNER, ADMIN);
  static final AtomicInteger PROBES = new AtomicInteger();

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;

  Api api;
  ProcessInstance referral;
  String taskId;

  @BeforeEach
  void referralAllocatedToTinaAndAssessed() {
    api = new Api(rest);
    Pathway pathway = new Pathway(engine);
    referral = pathway.referToAssessment();
    pathway.submit(referral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER,
        Pathway.assessmentForm(false));
    taskId = pathway.task(referral, PathwayModel.TASK_AGREE_HEALTH_PLAN).getId();
  }

  @Test
  void eachRoleMayDoExactlyWhatItsJobNeeds() {
    Map<String, Map<String, Boolean>> expected = new LinkedHashMap<>();
    expected.put("start a referral", allow(DemoUsers.PRACTITIONER, ADMIN));
    expected.put("list the referral's tasks", allow(DemoUsers.COORDINATOR, DemoUsers.TRAINER, DemoUsers.MANAGER, ADMIN));
    expected.put("read task variables", allow(DemoUsers.TRAINER, ADMIN));
    expected.put("read the health record", allow(DemoUsers.TRAINER, ADMIN));
    expected.put("read the referral's progress", allow(DemoUsers.PRACTITIONER, DemoUsers.COORDINATOR,
        DemoUsers.TRAINER, DemoUsers.MANAGER, ADMIN));
    expected.put("see the process instance", allow(DemoUsers.MANAGER, ADMIN));
    // Those who worked on the referral's tasks; history holds only references and routing values.
    expected.put("read history variables", allow(DemoUsers.COORDINATOR, DemoUsers.TRAINER, ADMIN));
    // A designer proposes a change instead, which someone else approves (change.PathwayChangeTest).
    expected.put("deploy", allow(ADMIN));
    expected.put("read the audit log", allow(ADMIN));
    // Designers read there why a change of theirs was not approved.
    expected.put("open Tasklist", allow(DemoUsers.PRACTITIONER, DemoUsers.COORDINATOR, DemoUsers.TRAINER,
        DemoUsers.SECOND_TRAINER, DemoUsers.SAFEGUARDING_LEAD, DemoUsers.MANAGER, DemoUsers.DESIGNER, ADMIN));
    expected.put("open Cockpit", allow(DemoUsers.MANAGER, DemoUsers.DESIGNER, ADMIN));
    expected.put("open Admin", allow(ADMIN));

    Map<String, Function<String, Boolean>> operations = new LinkedHashMap<>();
    operations.put("start a referral", user -> api.post(user,
        "/engine-rest/process-definition/key/" + PathwayModel.PROCESS_PATHWAY + "/submit-form",
        Api.variables(Pathway.referralForm())).getStatusCode() == HttpStatus.OK);
    operations.put("list the referral's tasks", user -> json(api.get(user,
        "/engine-rest/task?maxResults=50&processInstanceId=" + referral.getId())).size() > 0);
    operations.put("read task variables", user -> ok(api.get(user, "/engine-rest/task/" + taskId + "/variables")));
    operations.put("read the health record", user -> ok(api.get(user, "/api/referrals/" + referral.getBusinessKey())));
    operations.put("read the referral's progress", user -> ok(api.get(user,
        "/api/referrals/" + referral.getBusinessKey() + "/progress")));
    operations.put("see the process instance", user -> ok(api.get(user, "/engine-rest/process-instance/" + referral.getId())));
    operations.put("read history variables", user -> json(api.get(user,
        "/engine-rest/history/variable-instance?maxResults=50&processInstanceId=" + referral.getId())).size() > 0);
    operations.put("deploy", this::deploy);
    operations.put("read the audit log", user -> ok(api.get(user, "/api/audit")));
    operations.put("open Tasklist", user -> mayOpen(user, "tasklist"));
    operations.put("open Cockpit", user -> mayOpen(user, "cockpit"));
    operations.put("open Admin", user -> mayOpen(user, "admin"));

    Map<String, Map<String, Boolean>> observed = new LinkedHashMap<>();
    operations.forEach((operation, check) -> {
      Map<String, Boolean> row = new LinkedHashMap<>();
      USERS.forEach(user -> row.put(user, check.apply(user)));
      observed.put(operation, row);
    });
    assertThat(observed).isEqualTo(expected);
  }

  @Test
  void callsWithoutCredentialsAreRefused() {
    for (String path : List.of("/engine-rest/task?maxResults=10", "/engine-rest/deployment?maxResults=10",
        "/api/my-referrals", "/api/referrals/" + referral.getBusinessKey(), "/api/audit", "/actuator/metrics")) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void anotherTrainersReferralIsInvisibleToTom() {
    assertThat(json(api.get(DemoUsers.SECOND_TRAINER, "/engine-rest/task?maxResults=50")).toString())
        .doesNotContain(taskId);
    assertThat(api.get(DemoUsers.SECOND_TRAINER, "/engine-rest/task/" + taskId + "/form-variables").getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<String> record = api.get(DemoUsers.SECOND_TRAINER, "/api/referrals/" + referral.getBusinessKey());
    assertThat(record.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(record.getBody()).doesNotContain("Alex");
  }

  private Map<String, Boolean> allow(String... users) {
    Map<String, Boolean> row = new LinkedHashMap<>();
    List<String> allowed = List.of(users);
    USERS.forEach(user -> row.put(user, allowed.contains(user)));
    return row;
  }

  private boolean mayOpen(String user, String application) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    return authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, application);
  }

  private boolean deploy(String user) {
    String key = "AccessProbe" + PROBES.incrementAndGet();
    String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"probe\"><process id=\"" + key
        + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><startEvent id=\"s\"/></process></definitions>";
    return api.deploy(user, key, Map.of(key + ".bpmn", bpmn.getBytes(StandardCharsets.UTF_8))).getStatusCode()
        == HttpStatus.OK;
  }

  private static boolean ok(ResponseEntity<String> response) {
    return response.getStatusCode() == HttpStatus.OK;
  }
}
