package org.ohtpathway.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.demo.DemoUsers;
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

/** Checking and proposing a change over HTTP, as a designer would from a script or the designer guide's commands. */
@HttpTest
class PathwayChangeApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired PathwayChangeRepository changes;

  ResponseEntity<String> post(String user, String path, Map<String, String> files, String description) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    files.forEach((name, content) -> parts.add("files", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    }));
    if (description != null) {
      parts.add("description", description);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers),
        String.class);
  }

  static String eligibilityFrom(String age) {
    return PathwayChangeTest.replaced(PathwayChangeTest.shipped("Eligibility.dmn"), "<text>&lt; 18</text>",
        "<text>&lt; " + age + "</text>");
  }

  @Test
  void aDesignerChecksFilesAndIsToldEachFindingByElement() {
    String unknownInput = PathwayChangeTest.replaced(PathwayChangeTest.shipped("Eligibility.dmn"), "<text>age</text>",
        "<text>ageAtReferral</text>");

    ResponseEntity<String> checked = post(DemoUsers.DESIGNER, "/api/pathway-checks",
        Map.of("Eligibility.dmn", unknownInput), null);

    assertThat(checked.getStatusCode().value()).as(checked.getBody()).isEqualTo(200);
    JsonNode findings = Api.json(checked).get("findings");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).get("file").asText()).isEqualTo("Eligibility.dmn");
    assertThat(findings.get(0).get("element").asText()).isEqualTo("Input_Age 'Age (years)'");
    assertThat(Api.json(checked).get("report").asText()).contains("ageAtReferral");
  }

  @Test
  void aChangeWithFindingsIsNotProposedAndNothingIsRecorded() {
    long before = changes.count();
    String script = PathwayChangeTest.replaced(PathwayChangeTest.shipped("WithdrawReferral.bpmn"),
        "<bpmn:serviceTask id=\"ServiceTask_StopPathway\" name=\"Stop the referral's pathway\""
            + " camunda:delegateExpression=\"${withdrawReferral}\">",
        "<bpmn:serviceTask id=\"ServiceTask_StopPathway\" name=\"Stop the referral's pathway\""
            + " camunda:class=\"java.lang.Runtime\">");

    ResponseEntity<String> proposed = post(DemoUsers.DESIGNER, "/api/pathway-changes",
        Map.of("WithdrawReferral.bpmn", script), "Runs a class.");

    assertThat(proposed.getStatusCode().value()).as(proposed.getBody()).isEqualTo(400);
    assertThat(proposed.getBody()).contains("ServiceTask_StopPathway", "camunda:class", "nothing was proposed");
    assertThat(changes.count()).isEqualTo(before);
  }

  @Test
  void aChangeIsProposedWithADescriptionAndReadBackByTheApprovers() throws Exception {
    ResponseEntity<String> withoutWords = post(DemoUsers.DESIGNER, "/api/pathway-changes",
        Map.of("Eligibility.dmn", eligibilityFrom("19")), null);
    assertThat(withoutWords.getStatusCode().value()).isEqualTo(400);
    assertThat(withoutWords.getBody()).contains("Say what the change does");

    ResponseEntity<String> proposed = post(DemoUsers.DESIGNER, "/api/pathway-changes",
        Map.of("Eligibility.dmn", eligibilityFrom("19")), "From 19, as the commissioners asked.");
    assertThat(proposed.getStatusCode().value()).as(proposed.getBody()).isEqualTo(201);
    String reference = Api.JSON.readTree(proposed.getBody()).get("reference").asText();

    ResponseEntity<String> read = new Api(rest).get(DemoUsers.MANAGER, "/api/pathway-changes/" + reference);
    assertThat(read.getStatusCode().value()).isEqualTo(200);
    assertThat(Api.json(read).get("state").asText()).isEqualTo("PROPOSED");
    assertThat(Api.json(read).get("summary").asText()).contains("rule changed: Rule_Under18");
    assertThat(Api.json(read).get("files").toString()).contains("Eligibility.dmn");
    ResponseEntity<String> file = new Api(rest).get(DemoUsers.DESIGNER, "/api/pathway-changes/" + reference
        + "/files/Eligibility.dmn");
    assertThat(file.getBody()).contains("&lt; 19");
  }

  @Test
  void staffWhoDoNotChangeThePathwayCannotCheckProposeOrReadChanges() {
    for (String user : new String[] {DemoUsers.TRAINER, DemoUsers.COORDINATOR, DemoUsers.PRACTITIONER}) {
      ResponseEntity<String> checked = post(user, "/api/pathway-checks", Map.of("Eligibility.dmn",
          eligibilityFrom("19")), null);
      ResponseEntity<String> proposed = post(user, "/api/pathway-changes", Map.of("Eligibility.dmn",
          eligibilityFrom("19")), "mine");
      ResponseEntity<String> listed = new Api(rest).get(user, "/api/pathway-changes");
      assertThat(checked.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(proposed.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(listed.getStatusCode().value()).as(user).isEqualTo(403);
    }
    assertThat(post(DemoUsers.MANAGER, "/api/pathway-changes", Map.of("Eligibility.dmn", eligibilityFrom("19")),
        "a manager's").getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void filesAChangeCannotHoldAreRefusedWithWhatToCorrect() {
    ResponseEntity<String> text = post(DemoUsers.DESIGNER, "/api/pathway-checks", Map.of("notes.txt", "hello"), null);
    assertThat(text.getStatusCode().value()).isEqualTo(400);
    assertThat(text.getBody()).contains("'notes.txt' is not a BPMN, DMN or form file");

    ResponseEntity<String> doctype = post(DemoUsers.DESIGNER, "/api/pathway-checks", Map.of("Eligibility.dmn",
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), null);
    assertThat(doctype.getStatusCode().value()).isEqualTo(200);
    assertThat(doctype.getBody()).contains("DOCTYPE").doesNotContain("root:");

    ResponseEntity<String> approval = post(DemoUsers.DESIGNER, "/api/pathway-changes", Map.of(
        "ApprovePathwayChange.bpmn", PathwayChangeTest.shipped("ApprovePathwayChange.bpmn")
            .replace("camunda:candidateGroups=\"oht-managers\"", "camunda:assignee=\"${proposerId}\"")), "self-approval");
    assertThat(approval.getStatusCode().value()).isEqualTo(400);
    assertThat(approval.getBody()).contains("the approval of changes to the pathway is the application's own");

    String sneaky = PathwayChangeTest.shipped("ApprovePathwayChange.bpmn").replace("id=\"ApprovePathwayChange\"",
        "id='ApprovePathwayChange'").replace("camunda:candidateGroups=\"oht-managers\"", "");
    ResponseEntity<String> renamed = post(DemoUsers.DESIGNER, "/api/pathway-changes", Map.of("Sneaky.bpmn", sneaky),
        "the approval without its approver, under another name");
    assertThat(renamed.getStatusCode().value()).isEqualTo(400);
    assertThat(renamed.getBody()).contains("Sneaky.bpmn", "the approval of changes to the pathway is the application's own");

    ResponseEntity<String> badName = post(DemoUsers.DESIGNER, "/api/pathway-checks", Map.of("a\"b.bpmn", "x"), null);
    assertThat(badName.getStatusCode().value()).isEqualTo(400);
    assertThat(badName.getBody()).contains("rename it");

    ResponseEntity<String> unknown = new Api(rest).get(DemoUsers.DESIGNER, "/api/pathway-changes/PC-999999");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    ResponseEntity<String> wrong = new Api(rest).get(DemoUsers.DESIGNER, "/api/pathway-changes/drop-table");
    assertThat(wrong.getStatusCode().value()).isEqualTo(400);
  }
}
