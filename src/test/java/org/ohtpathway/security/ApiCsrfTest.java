package org.ohtpathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.WebappSession;
import org.ohtpathway.demo.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page on another site cannot make a logged-in coordinator's browser change a case: changes
 * through the application's API with the webapp's login need the session's CSRF token.
 */
@HttpTest
class ApiCsrfTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @Test
  void aChangeWithTheWebappLoginButWithoutItsCsrfTokenIsRefusedAndRecordsNothing() {
    ProcessInstance referral = new Pathway(engine).referAndAllocate();
    String notes = "/api/cases/" + referral.getBusinessKey() + "/notes";
    String note = "{\"kind\":\"PHONE_CALL\",\"notedOn\":\"" + org.ohtpathway.process.ServiceClock.today() + "\",\"text\":\"Forged note\"}";
    WebappSession colin = WebappSession.logIn(rest, "tasklist", DemoUsers.COORDINATOR, DemoUsers.PASSWORD);

    for (MediaType type : new MediaType[] {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN,
        MediaType.APPLICATION_FORM_URLENCODED}) {
      ResponseEntity<String> forged = colin.postFromAnotherSite(notes, note, type);
      assertThat(forged.getStatusCode()).as(type.toString()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(forged.getBody()).contains("CSRF token");
    }
    assertThat(new Api(rest).get(DemoUsers.COORDINATOR, "/api/cases/" + referral.getBusinessKey()).getBody())
        .doesNotContain("Forged note");

    ResponseEntity<String> fromItsPage = colin.post(notes, note.replace("Forged", "Real"));
    assertThat(fromItsPage.getStatusCode()).as(fromItsPage.getBody()).isEqualTo(HttpStatus.CREATED);
  }
}
