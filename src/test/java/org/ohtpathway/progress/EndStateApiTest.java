package org.ohtpathway.progress;

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
import org.junit.jupiter.api.AfterEach;
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
 * Cockpit's Finished tab says how each referral ended, from the case's progress: a withdrawn
 * referral reads Withdrawn though its instance simply ended. Only the roles that read the
 * pathway's history in Cockpit may ask.
 */
@HttpTest
class EndStateApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;

  Api api;
  Pathway pathway;
  ProcessInstance withdrawn;
  ProcessInstance running;

  @BeforeEach
  void oneReferralIsWithdrawnAndAnotherRuns() {
    api = new Api(rest);
    pathway = new Pathway(engine);
    withdrawn = pathway.referAndAllocate();
    pathway.start(PathwayModel.PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER,
        Map.of("referralReference", withdrawn.getBusinessKey(), "withdrawalReason", "RECALLED_TO_CUSTODY"));
    pathway.runJobs();
    running = pathway.refer();
  }

  @AfterEach
  void noUserLeftAuthenticated() {
    identity.clearAuthentication();
  }

  @Test
  void aManagerSeesHowEachFinishedReferralEnded() {
    JsonNode finished = json(api.get(DemoUsers.MANAGER, path(withdrawn.getProcessDefinitionId())));
    Map<String, JsonNode> byInstance = IntStream.range(0, finished.size()).mapToObj(finished::get)
        .collect(Collectors.toMap(row -> row.get("processInstanceId").asText(), row -> row));

    assertThat(byInstance).containsKey(withdrawn.getId()).doesNotContainKey(running.getId());
    JsonNode row = byInstance.get(withdrawn.getId());
    assertThat(row.get("reference").asText()).isEqualTo(withdrawn.getBusinessKey());
    assertThat(row.get("endState").asText()).isEqualTo(EndState.WITHDRAWN.label());
    assertThat(row.get("endTime").asText()).isNotBlank();
  }

  @Test
  void aServiceDesignerAndTheStaffOfTheCasesAreRefused() {
    for (String user : new String[] {DemoUsers.DESIGNER, DemoUsers.TRAINER, DemoUsers.PRACTITIONER}) {
      ResponseEntity<String> answer = api.get(user, path(withdrawn.getProcessDefinitionId()));

      assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(message(answer)).isEqualTo("Only service managers and administrators may read how referrals ended.");
    }
  }

  @Test
  void aMissingOrMalformedDefinitionIsTheCallersMistake() {
    ResponseEntity<String> missing = api.get(DemoUsers.MANAGER, "/api/end-states");
    ResponseEntity<String> tooLong = api.get(DemoUsers.MANAGER, path("x".repeat(129)));

    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(missing)).contains("processDefinitionId");
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Api.assertNoInternals(tooLong);
    assertThat(json(api.get(DemoUsers.MANAGER, path("NoSuchProcess:1:1")))).isEmpty();
  }

  private static String path(String processDefinitionId) {
    return "/api/end-states?processDefinitionId=" + processDefinitionId;
  }
}
