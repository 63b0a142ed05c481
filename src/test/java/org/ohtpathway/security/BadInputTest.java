package org.ohtpathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.Api.assertNoInternals;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.audit.AuditEvent;
import org.ohtpathway.audit.AuditLog;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A value that is too long or not of the right shape is the caller's to correct: it is answered
 * 400 with a sentence naming the field, never a 500 with the SQL that failed, and the value is
 * not written to the log.
 */
@HttpTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputTest {

  private static final String START_REFERRAL =
      "/engine-rest/process-definition/key/" + PathwayModel.PROCESS_PATHWAY + "/submit-form";

  private static final String ADMIN = "admin";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired ReferralService referrals;
  @Autowired AuditLog audit;

  @Test
  void aNameLongerThanItsColumnIsRefusedNamingTheFieldAndIsNeitherRecordedNorLogged(CapturedOutput log)
      throws Exception {
    String name = "Qzxwvutsrq" + "a".repeat(310);
    Map<String, Object> form = Pathway.referralForm();
    form.put("givenName", name);

    ResponseEntity<String> response = send(DemoUsers.PRACTITIONER, HttpMethod.POST, START_REFERRAL, Api.variables(form));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains("Given name").contains("too long (320 characters)").contains("255");
    assertNoInternals(response);
    assertThat(response.getBody()).doesNotContain(name.substring(0, 20));
    assertThat(referrals.findByCrn((String) form.get("crn"))).isEmpty();
    assertThat(log.getAll()).doesNotContain(name.substring(0, 20));
  }

  @Test
  void aNameWithHiddenOrDirectionCharactersIsRefusedNamingTheField() {
    for (String name : List.of("Sam\u202Ehtims", "Sam\u0000Smith", "Sm\u200Dith", "Sam-lone-half")) {
      Map<String, Object> form = Pathway.referralForm();
      form.put("familyName", name);

      // Half of a character cannot be written as text: it is sent as JSON's escape, as a client may.
      ResponseEntity<String> response = send(DemoUsers.PRACTITIONER, HttpMethod.POST, START_REFERRAL,
          Api.toJson(Api.variables(form)).replace("-lone-half", "\\ud800x"));

      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
      assertThat(response.getBody()).contains("Family name").contains("control or direction character");
      assertThat(referrals.findByCrn((String) form.get("crn"))).isEmpty();
    }
  }

  @Test
  void anObjectInAFormSubmissionIsRefusedAsTheCallersMistake() {
    String body = "{\"variables\":{\"givenName\":{\"type\":\"Object\",\"value\":\"rO0ABXQAA1NhbQ==\","
        + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";

    ResponseEntity<String> response = send(DemoUsers.PRACTITIONER, HttpMethod.POST, START_REFERRAL, body);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertNoInternals(response);
  }

  @Test
  void aTextLongerThanItsColumnInAListIsRefusedNamingTheRow(CapturedOutput log) throws Exception {
    String services = "Qzxwvutsrp" + "b".repeat(1200);
    Map<String, Object> form = Pathway.referralForm();
    form.put("consentNamedServices", services);

    ResponseEntity<String> response = send(DemoUsers.PRACTITIONER, HttpMethod.POST, START_REFERRAL, Api.variables(form));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains("Services the person agreed to be referred to").contains("1000");
    assertNoInternals(response);
    assertThat(referrals.findByCrn((String) form.get("crn"))).isEmpty();
    assertThat(log.getAll()).doesNotContain(services.substring(0, 20));
  }

  @Test
  void aLongReferenceToTheAuditLogIsRefusedAndTheAttemptAudited() {
    int before = attempts(ADMIN);

    ResponseEntity<String> response = send(ADMIN, HttpMethod.GET,
        "/api/audit?reference=OHT-2026-" + "9".repeat(300), null);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains("OHT-");
    assertNoInternals(response);
    assertThat(attempts(ADMIN)).isEqualTo(before + 1);
  }

  @Test
  void aMalformedReferenceToAReferralIsRefusedAndTheAttemptAudited() {
    for (String path : List.of("/api/referrals/not-a-reference", "/api/referrals/OHT-2026-1' or '1'='1/progress",
        "/api/referrals/" + "X".repeat(300))) {
      int before = attempts(DemoUsers.MANAGER);

      ResponseEntity<String> response = send(DemoUsers.MANAGER, HttpMethod.GET, path, null);

      assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(400);
      assertThat(response.getBody()).contains("OHT-");
      assertNoInternals(response);
      assertThat(attempts(DemoUsers.MANAGER)).as(path).isEqualTo(before + 1);
    }
  }

  @Test
  void aUserWithAnInvalidIdIsRefusedNamingWhatIsWrong() {
    ResponseEntity<String> response = send(ADMIN, HttpMethod.POST, "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"bad$id\",\"firstName\":\"Bad\",\"lastName\":\"Id\",\"email\":\"bad@example.org\"},"
            + "\"credentials\":{\"password\":\"a-long-enough-password-1\"}}");

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).containsIgnoringCase("user id");
    assertNoInternals(response);
    assertThat(engine.getIdentityService().createUserQuery().userId("bad$id").count()).isZero();
  }

  @Test
  void anInvalidUserIdInAPathIsNotAServerError() {
    for (String path : List.of("/engine-rest/user/bad$id/profile",
        "/engine-rest/user/" + "u".repeat(300) + "/profile")) {
      ResponseEntity<String> response = send(ADMIN, HttpMethod.GET, path, null);

      assertThat(response.getStatusCode().is4xxClientError()).as(path + ": " + response.getBody()).isTrue();
      assertNoInternals(response);
    }
  }

  @Test
  void anAssigneeTooLongForItsColumnIsRefusedWithoutTheSql(CapturedOutput log) {
    ProcessInstance referral = new Pathway(engine).refer();
    String task = new Pathway(engine).task(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE).getId();
    String assignee = "Qzxwvutsro" + "c".repeat(300);

    ResponseEntity<String> response = send(ADMIN, HttpMethod.POST,
        "/engine-rest/task/" + task + "/assignee", "{\"userId\":\"" + assignee + "\"}");

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertNoInternals(response);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(log.getAll()).doesNotContain(assignee.substring(0, 20));
  }

  // helpers ///////////////////////////////////////////////////////////////////

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    return new Api(rest).send(user, method, path, body);
  }

  /** The audit log's rows of a user, whatever reference they name. */
  private int attempts(String user) {
    return (int) audit.latest(null, 1000).stream().map(AuditEvent::getUserId).filter(user::equals).count();
  }

}
