package org.ohtpathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.Api.assertNoInternals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Hostile or broken input is refused with a clear message, never a stack trace or SQL. */
@HttpTest
class RestApiRobustnessTest {

  static final String ADMIN = "admin";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @Test
  void aBpmnWithAnExternalEntityIsRefusedAtDeployment() {
    String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE definitions [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"xxe\">"
        + "<process id=\"Xxe\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">"
        + "<documentation>&secret;</documentation><startEvent id=\"s\"/></process></definitions>";
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "xxe");
    parts.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "Xxe.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<String> response = rest.withBasicAuth(ADMIN, DemoUsers.PASSWORD)
        .exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);

    assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
    assertThat(response.getBody()).containsIgnoringCase("DOCTYPE").doesNotContain("root:");
    assertNoInternals(response);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Xxe").count()).isZero();
  }

  @Test
  void aJavaSerializedVariableIsRefused() {
    ProcessInstance referral = new Pathway(engine).refer();
    String hashMap = "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAB3CAAAABAAAAAAeA==";
    ResponseEntity<String> response = send(ADMIN, HttpMethod.PUT,
        "/engine-rest/process-instance/" + referral.getId() + "/variables/payload",
        "{\"value\":\"" + hashMap + "\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}");

    assertThat(response.getStatusCode().isError()).as(response.getBody()).isTrue();
    assertThat(response.getBody()).contains("Java serialization format is prohibited");
    assertNoInternals(response);
    assertThat(engine.getRuntimeService().getVariable(referral.getId(), "payload")).isNull();
  }

  @Test
  void malformedJsonIsRefusedWithAClearMessage() {
    ProcessInstance referral = new Pathway(engine).refer();
    String task = new Pathway(engine).task(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE).getId();

    ResponseEntity<String> response = send(ADMIN, HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\": {\"priority\": ");

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertNoInternals(response);
    assertThat(new Pathway(engine).task(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE).getId()).isEqualTo(task);
  }

  @Test
  void unknownIdsAreAnsweredNotFound() {
    for (ResponseEntity<String> response : List.of(
        send(ADMIN, HttpMethod.GET, "/engine-rest/task/no-such-task", null),
        send(ADMIN, HttpMethod.GET, "/engine-rest/process-instance/no-such-instance", null),
        send(ADMIN, HttpMethod.GET, "/api/referrals/OHT-2099-999999", null),
        send(ADMIN, HttpMethod.POST, "/engine-rest/task/no-such-task/submit-form", "{\"variables\":{}}"))) {
      assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
      assertThat(response.getBody()).containsIgnoringCase("no");
      assertNoInternals(response);
    }
  }

  @Test
  void valuesOfTheWrongTypeAreRefusedWithAClearMessage() {
    ProcessInstance referral = new Pathway(engine).refer();
    String task = new Pathway(engine).task(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE).getId();
    for (ResponseEntity<String> response : List.of(
        send(ADMIN, HttpMethod.GET, "/engine-rest/task?maxResults=lots", null),
        send(ADMIN, HttpMethod.GET, "/api/audit?limit=lots", null),
        send(ADMIN, HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form",
            "{\"variables\":{\"taskPriority\":{\"value\":\"high\",\"type\":\"Integer\"}}}"))) {
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
      assertNoInternals(response);
    }
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    return new Api(rest).send(user, method, path, body);
  }
}
