package org.ohtpathway.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.allocation.Priority;
import org.ohtpathway.allocation.TriageService;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * What each role sees of a case, and does not: the case view, its timeline, notes and caseloads,
 * over HTTP as each demo user.
 */
@HttpTest
class CaseViewTest {

  static final String SESSION_NOTE = "Talked through cravings.";
  static final String TRAINERS_NOTE = "Rang to move the next session to Tuesday.";
  static final String SHARED_NOTE = "Attending well; asked to tell probation.";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired TriageService triage;
  @Autowired CaseProgress progress;

  Pathway pathway;
  Api api;

  @BeforeEach
  void setUp() {
    pathway = new Pathway(engine);
    api = new Api(rest);
  }

  /** A referral at its sessions with tina: one session recorded, a note of hers and a shared note of colin's. */
  record Case(ProcessInstance instance, String reference, String crn) {
  }

  Case caseAtSessions(boolean consentToShare) {
    Map<String, Object> form = Pathway.referralForm();
    form.put("consentShareProgress", consentToShare);
    ProcessInstance referral = pathway.refer(form);
    pathway.submit(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Pathway.triageForm(DemoUsers.TRAINER));
    pathway.submit(referral, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER,
        Pathway.contactForm("APPOINTMENT_BOOKED"));
    pathway.submit(referral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER,
        Pathway.assessmentForm(false));
    pathway.submit(referral, PathwayModel.TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, Pathway.planForm(6, 2));
    pathway.submit(referral, PathwayModel.TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    String reference = progress.ofProcessInstance(referral.getId()).orElseThrow().getReference();
    return new Case(referral, reference, (String) form.get("crn"));
  }

  static Map<String, Object> note(String text, boolean shared) {
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("kind", "PHONE_CALL");
    note.put("notedOn", ServiceClock.today().toString());
    note.put("text", text);
    note.put("shareWithPractitioner", shared);
    return note;
  }

  JsonNode view(String user, String reference) {
    ResponseEntity<String> answer = api.get(user, "/api/cases/" + reference);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return Api.json(answer);
  }

  static List<String> audiences(JsonNode view) {
    List<String> seen = new ArrayList<>();
    view.get("timeline").forEach(entry -> seen.add(entry.get("audience").asText()));
    return seen;
  }

  static List<String> titles(JsonNode view) {
    List<String> seen = new ArrayList<>();
    view.get("timeline").forEach(entry -> seen.add(entry.get("title").asText()));
    return seen;
  }

  @Test
  void eachRoleSeesOfACaseWhatItsWorkNeedsAndNoMore() {
    Case c = caseAtSessions(true);
    assertThat(api.post(DemoUsers.TRAINER, "/api/cases/" + c.reference() + "/notes", note(TRAINERS_NOTE, false))
        .getStatusCode().value()).isEqualTo(201);
    assertThat(api.post(DemoUsers.COORDINATOR, "/api/cases/" + c.reference() + "/notes", note(SHARED_NOTE, true))
        .getStatusCode().value()).isEqualTo(201);

    JsonNode tina = view(DemoUsers.TRAINER, c.reference());
    assertThat(tina.get("trainerName").asText()).isEqualTo("Tina Trent (tina)");
    assertThat(tina.get("practitionerName").asText()).isEqualTo("Paula Price (paula)");
    assertThat(tina.at("/person/crn").asText()).isEqualTo(c.crn());
    assertThat(tina.get("stage").asText()).isEqualTo("Support sessions");
    assertThat(audiences(tina)).contains("PROGRESS", "OPERATIONAL", "HEALTH", "NOTE", "SHARED_NOTE");
    assertThat(tina.toString()).contains(SESSION_NOTE, TRAINERS_NOTE, SHARED_NOTE);
    assertThat(tina.get("goals")).hasSize(2);
    assertThat(tina.at("/goals/0/progress").asText()).isEqualTo("Some progress");
    assertThat(tina.get("entryMeasures").asText()).contains("SWEMWBS 18 of 35", "AUDIT-C 4 of 12");
    assertThat(tina.get("nextSteps").get(0).get("task").asText()).isNotBlank();
    assertThat(tina.get("mayAddNote").asBoolean()).isTrue();

    JsonNode colin = view(DemoUsers.COORDINATOR, c.reference());
    assertThat(colin.at("/person/crn").asText()).isEqualTo(c.crn());
    assertThat(audiences(colin)).contains("PROGRESS", "OPERATIONAL", "NOTE", "SHARED_NOTE").doesNotContain("HEALTH");
    assertThat(colin.has("goals")).isFalse();
    assertThat(colin.toString()).contains(TRAINERS_NOTE).doesNotContain(SESSION_NOTE);

    JsonNode mary = view(DemoUsers.MANAGER, c.reference());
    assertThat(mary.has("person")).isFalse();
    assertThat(audiences(mary)).contains("PROGRESS", "OPERATIONAL").doesNotContain("HEALTH", "NOTE", "SHARED_NOTE");
    assertThat(mary.toString()).doesNotContain(c.crn(), "Alex", "Example", SESSION_NOTE, TRAINERS_NOTE, SHARED_NOTE,
        "SWEMWBS");
    assertThat(mary.get("mayAddNote").asBoolean()).isFalse();
    assertThat(mary.at("/nextSteps/0/task").asText()).isEqualTo("Record support session");

    JsonNode paula = view(DemoUsers.PRACTITIONER, c.reference());
    assertThat(paula.at("/person/name").asText()).isEqualTo("Alex Example");
    assertThat(audiences(paula)).contains("PROGRESS", "SHARED_NOTE").doesNotContain("HEALTH", "NOTE", "OPERATIONAL");
    assertThat(paula.toString()).contains(SHARED_NOTE, "Session 1: Attended")
        .doesNotContain(TRAINERS_NOTE, SESSION_NOTE, "SWEMWBS");
    assertThat(paula.has("goals")).isFalse();

    for (String outsider : List.of(DemoUsers.SECOND_TRAINER, DemoUsers.DESIGNER, DemoUsers.SAFEGUARDING_LEAD)) {
      ResponseEntity<String> refused = api.get(outsider, "/api/cases/" + c.reference());
      assertThat(refused.getStatusCode().value()).as(outsider).isEqualTo(403);
      assertThat(refused.getBody()).doesNotContain(c.crn(), "Alex");
    }
  }

  @Test
  void theTimelineHoldsEveryStageInDateOrderWithReallocationsAndEmailsButNoEmailContent() {
    Case c = caseAtSessions(true);
    Long referralId = progress.ofReference(c.reference()).orElseThrow().getReferralId();
    pathway.as(DemoUsers.COORDINATOR, () -> triage.allocate(referralId, Priority.MEDIUM, DemoUsers.SECOND_TRAINER,
        null, DemoUsers.COORDINATOR));

    JsonNode colin = view(DemoUsers.COORDINATOR, c.reference());
    assertThat(titles(colin)).contains("Eligible", "Allocated to tina (priority Medium)",
        "Reallocated from tina to tom", "Contact attempt 1: Phone call, Reached: first appointment booked",
        "Session 1: Attended");
    assertThat(titles(colin)).anyMatch(title -> title.startsWith("Email: Allocated, to the Health Trainer"));
    List<String> days = new ArrayList<>();
    colin.get("timeline").forEach(entry -> days.add(entry.get("on").asText()));
    assertThat(days).isSorted();

    JsonNode tom = view(DemoUsers.SECOND_TRAINER, c.reference());
    assertThat(titles(tom)).contains("Health and wellbeing assessed", "Session 1 notes")
        .anyMatch(title -> title.startsWith("Personal health plan agreed: 6 sessions planned"));
    assertThat(tom.toString()).contains("Stop smoking", SESSION_NOTE);
    assertThat(api.get(DemoUsers.TRAINER, "/api/cases/" + c.reference()).getStatusCode().value())
        .as("tina no longer holds the case").isEqualTo(403);
  }

  @Test
  void aSafeguardingConcernIsTheSafeguardingLeadsAndTheTrainersNotTheManagersNorThePractitioners() {
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER,
        Pathway.assessmentForm(true));
    String reference = progress.ofProcessInstance(referral.getId()).orElseThrow().getReference();
    String concern = "Mentions a child left alone at home.";

    JsonNode sam = view(DemoUsers.SAFEGUARDING_LEAD, reference);
    assertThat(audiences(sam)).contains("SAFEGUARDING");
    assertThat(sam.toString()).contains(concern);
    assertThat(sam.has("person")).isTrue();
    assertThat(view(DemoUsers.TRAINER, reference).toString()).contains(concern);
    assertThat(view(DemoUsers.MANAGER, reference).toString()).doesNotContain(concern);
    assertThat(view(DemoUsers.PRACTITIONER, reference).toString()).doesNotContain(concern);

    org.camunda.bpm.engine.task.Task act = pathway.task(referral, PathwayModel.TASK_ACT_ON_SAFEGUARDING_CONCERN);
    pathway.as(DemoUsers.SAFEGUARDING_LEAD, () -> {
      engine.getTaskService().claim(act.getId(), DemoUsers.SAFEGUARDING_LEAD);
      return null;
    });
    String leadsOwn = "MASH reference 12345, the child's school told";
    pathway.submit(act, DemoUsers.SAFEGUARDING_LEAD, new java.util.HashMap<>(java.util.Map.of(
        "actionTaken", "REFERRED_TO_CHILDRENS_SOCIAL_CARE", "actionDetails", leadsOwn,
        "practitionerInformed", "yes", "actionedOn", org.ohtpathway.process.ServiceClock.today().toString())));
    assertThat(view(DemoUsers.SAFEGUARDING_LEAD, reference).toString()).contains(leadsOwn);
    assertThat(view(DemoUsers.TRAINER, reference).toString()).as("the leads' own record").doesNotContain(leadsOwn)
        .contains(concern);
    assertThat(view(DemoUsers.COORDINATOR, reference).toString()).doesNotContain(leadsOwn, concern);
  }

  @Test
  void aNoteIsSharedOnlyWhereThePersonAgreedAndBadNotesAreRefusedAtTheirField() {
    Case c = caseAtSessions(false);
    String notes = "/api/cases/" + c.reference() + "/notes";

    ResponseEntity<String> shared = api.post(DemoUsers.TRAINER, notes, note(SHARED_NOTE, true));
    assertThat(shared.getStatusCode().value()).isEqualTo(400);
    assertThat(problems(shared)).singleElement().asString().startsWith("Share with the practitioner:");

    Map<String, Object> future = note(TRAINERS_NOTE, false);
    future.put("notedOn", ServiceClock.today().plusDays(1).toString());
    assertThat(problems(api.post(DemoUsers.TRAINER, notes, future))).containsExactly("Date: cannot be in the future.");

    Map<String, Object> hidden = note("Rang\u202Eback", false);
    assertThat(problems(api.post(DemoUsers.TRAINER, notes, hidden))).singleElement().asString().startsWith("Note:");

    Map<String, Object> tooLong = note("x".repeat(4001), false);
    assertThat(problems(api.post(DemoUsers.TRAINER, notes, tooLong))).singleElement().asString().startsWith("Note:");

    Map<String, Object> empty = new LinkedHashMap<>();
    assertThat(problems(api.post(DemoUsers.TRAINER, notes, empty)))
        .containsExactly("Kind of note: is required.", "Date: is required.", "Note: is required.");
    Map<String, Object> wrongKind = note(TRAINERS_NOTE, false);
    wrongKind.put("kind", "TELEPATHY");
    assertThat(problems(api.post(DemoUsers.TRAINER, notes, wrongKind))).singleElement().asString()
        .startsWith("Kind of note:");
    ResponseEntity<String> notJson = api.post(DemoUsers.TRAINER, notes, "[1, 2]");
    assertThat(notJson.getStatusCode().value()).isEqualTo(400);
    Api.assertNoInternals(notJson);

    for (String user : List.of(DemoUsers.PRACTITIONER, DemoUsers.SECOND_TRAINER, DemoUsers.MANAGER,
        DemoUsers.SAFEGUARDING_LEAD)) {
      assertThat(api.post(user, notes, note(TRAINERS_NOTE, false)).getStatusCode().value()).as(user).isEqualTo(403);
    }
    assertThat(api.post(DemoUsers.TRAINER, "/api/cases/not-a-ref/notes", note(TRAINERS_NOTE, false))
        .getStatusCode().value()).isEqualTo(400);
    assertThat(api.post(DemoUsers.TRAINER, "/api/cases/OHT-0000-99999/notes", note(TRAINERS_NOTE, false))
        .getStatusCode().value()).isIn(400, 404);

    assertThat(api.post(DemoUsers.TRAINER, notes, note(TRAINERS_NOTE, false)).getStatusCode().value()).isEqualTo(201);
    JsonNode paula = view(DemoUsers.PRACTITIONER, c.reference());
    assertThat(audiences(paula)).doesNotContain("NOTE", "SHARED_NOTE");
    assertThat(paula.toString()).doesNotContain(TRAINERS_NOTE);
    assertThat(view(DemoUsers.TRAINER, c.reference()).get("mayShareNote").asBoolean()).isFalse();
  }

  @Test
  void aNotesTextGoesWhenConsentIsWithdrawnAndNoMoreNotesAreTaken() {
    Case c = caseAtSessions(true);
    String notes = "/api/cases/" + c.reference() + "/notes";
    assertThat(api.post(DemoUsers.TRAINER, notes, note(TRAINERS_NOTE, false)).getStatusCode().value()).isEqualTo(201);
    pathway.withdrawConsent(DemoUsers.COORDINATOR, c.reference());
    pathway.runJobs();

    JsonNode colin = view(DemoUsers.COORDINATOR, c.reference());
    assertThat(colin.toString()).doesNotContain(TRAINERS_NOTE).contains("(text removed)");
    assertThat(api.post(DemoUsers.TRAINER, notes, note(TRAINERS_NOTE, false)).getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void caseloadsAreEachRolesOwnWithNamesOnlyForThoseWhoMaySeeThem() {
    Case c = caseAtSessions(true);

    JsonNode row = rowInList(DemoUsers.TRAINER, "mine", c.reference());
    assertThat(row.get("crn").asText()).isEqualTo(c.crn());
    assertThat(row.get("stage").asText()).isEqualTo("Support sessions");
    assertThat(row.get("nextStep").asText()).isNotBlank();
    assertThat(rowInList(DemoUsers.SECOND_TRAINER, "mine", c.reference())).isNull();
    JsonNode paulaRow = rowInList(DemoUsers.PRACTITIONER, "mine", c.reference());
    assertThat(paulaRow.get("name").asText()).isEqualTo("Alex Example");
    assertThat(paulaRow.get("nextStep").asText()).as("read as the system, not as paula").isEqualTo("Record support session");
    assertThat(rowOf(caseload(DemoUsers.COORDINATOR, "list=open"), c.reference()).get("crn").asText())
        .isEqualTo(c.crn());
    JsonNode maryRow = rowOf(caseload(DemoUsers.MANAGER, "list=open"), c.reference());
    assertThat(maryRow.get("name").isNull()).isTrue();
    assertThat(maryRow.get("crn").isNull()).isTrue();

    assertThat(api.get(DemoUsers.PRACTITIONER, "/api/cases?list=open").getStatusCode().value()).isEqualTo(403);
    assertThat(api.get(DemoUsers.TRAINER, "/api/cases?list=closed").getStatusCode().value()).isEqualTo(403);
    assertThat(api.get(DemoUsers.COORDINATOR, "/api/cases?list=everything").getStatusCode().value()).isEqualTo(400);
    assertThat(api.get(DemoUsers.COORDINATOR, "/api/cases?list=open&limit=101").getStatusCode().value())
        .isEqualTo(400);
    assertThat(api.get(DemoUsers.COORDINATOR, "/api/cases?list=open&limit=ten").getStatusCode().value())
        .isEqualTo(400);
    assertThat(caseload(DemoUsers.COORDINATOR, "list=open&limit=1").get("rows")).hasSize(1);

    assertThat(rowOf(caseload(DemoUsers.COORDINATOR, "q=" + c.crn()), c.reference())).isNotNull();
    assertThat(rowOf(caseload(DemoUsers.TRAINER, "q=" + c.crn()), c.reference())).isNotNull();
    assertThat(rowOf(caseload(DemoUsers.SECOND_TRAINER, "q=" + c.crn()), c.reference())).isNull();
    assertThat(rowOf(caseload(DemoUsers.MANAGER, "q=" + c.crn()), c.reference())).isNull();
    assertThat(rowOf(caseload(DemoUsers.MANAGER, "q=" + c.reference()), c.reference())).isNotNull();
    assertThat(rowOf(caseload(DemoUsers.SECOND_TRAINER, "q=" + c.reference()), c.reference())).isNull();
    assertThat(rest.withBasicAuth(DemoUsers.COORDINATOR, DemoUsers.PASSWORD)
        .getForEntity(java.net.URI.create(rest.getRootUri() + "/api/cases?q=%E2%80%AEx"), String.class)
        .getStatusCode().value()).as("a hidden character in the search").isEqualTo(400);
    for (String everyone : List.of("%25", "_", "%25%25", "a", "%00", "%01%20")) {
      assertThat(rest.withBasicAuth(DemoUsers.COORDINATOR, DemoUsers.PASSWORD)
          .getForEntity(java.net.URI.create(rest.getRootUri() + "/api/cases?q=" + everyone), String.class)
          .getStatusCode().value()).as("a search for %s, which would find everyone", everyone).isEqualTo(400);
    }
    for (String wildcards : List.of("%25%25%25", "___", "%25_%25")) {
      ResponseEntity<String> answer = rest.withBasicAuth(DemoUsers.COORDINATOR, DemoUsers.PASSWORD)
          .getForEntity(java.net.URI.create(rest.getRootUri() + "/api/cases?q=" + wildcards), String.class);
      assertThat(Api.json(answer).get("rows")).as("%s is matched as typed", wildcards).isEmpty();
    }
    assertThat(caseload(DemoUsers.COORDINATOR, "q=lex exa").get("rows")).as("part of a name").isNotEmpty();
  }

  @Test
  void aTaskPastItsDueDateBringsItsCaseOntoTheOverdueList() {
    Case c = caseAtSessions(true);
    Task session = engine.getTaskService().createTaskQuery().processInstanceId(c.instance().getId()).list().get(0);
    session.setDueDate(Date.from(ServiceClock.now().minusSeconds(3600 * 48)));
    engine.getTaskService().saveTask(session);

    JsonNode overdue = caseload(DemoUsers.COORDINATOR, "list=overdue&limit=100");
    assertThat(rowOf(overdue, c.reference())).isNotNull();
    assertThat(rowOf(caseload(DemoUsers.COORDINATOR, "list=unallocated&limit=100"), c.reference())).isNull();
  }

  @Test
  void theOverdueListPagesThroughTheCasesMostOverdueFirstEachOnce() {
    List<String> references = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Case c = caseAtSessions(true);
      Task session = engine.getTaskService().createTaskQuery().processInstanceId(c.instance().getId()).list().get(0);
      // Older than any other test's overdue task, the first case the most overdue.
      session.setDueDate(Date.from(ServiceClock.now().minus(java.time.Duration.ofDays(40_000 - i))));
      engine.getTaskService().saveTask(session);
      references.add(c.reference());
    }

    List<String> paged = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      JsonNode rows = caseload(DemoUsers.COORDINATOR, "list=overdue&limit=1&page=" + page).get("rows");
      assertThat(rows).as("page %d", page).hasSize(1);
      paged.add(rows.get(0).get("reference").asText());
    }
    assertThat(paged).containsExactlyElementsOf(references);
  }

  @Test
  void aTasksCaseIsToldOnlyToThoseWhoMaySeeTheTask() {
    Case c = caseAtSessions(true);
    Task session = pathway.task(c.instance(), PathwayModel.TASK_RECORD_SUPPORT_SESSION);
    ResponseEntity<String> tina = api.get(DemoUsers.TRAINER, "/api/tasks/" + session.getId() + "/case");
    assertThat(tina.getStatusCode().value()).as(tina.getBody()).isEqualTo(200);
    assertThat(Api.json(tina).get("reference").asText()).isEqualTo(c.reference());
    assertThat(api.get(DemoUsers.SECOND_TRAINER, "/api/tasks/" + session.getId() + "/case").getStatusCode().value())
        .isEqualTo(404);
    assertThat(api.get(DemoUsers.MANAGER, "/api/tasks/" + session.getId() + "/case").getStatusCode().value())
        .isEqualTo(404);
    assertThat(api.get(DemoUsers.TRAINER, "/api/tasks/no-such-task/case").getStatusCode().value()).isEqualTo(404);
    assertThat(api.get(DemoUsers.TRAINER, "/api/tasks/a%20b/case").getStatusCode().value()).isIn(400, 404);
  }

  @Test
  void theCasePagesLoadTheirScriptsFromTheApplicationAndOnlyTheEmbeddedCaseViewMayBeFramed() {
    ResponseEntity<String> caseload = rest.withBasicAuth(DemoUsers.TRAINER, DemoUsers.PASSWORD)
        .getForEntity("/cases", String.class);
    assertThat(caseload.getStatusCode().value()).isEqualTo(200);
    assertThat(caseload.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'",
        "frame-ancestors 'none'");
    assertThat(caseload.getBody()).doesNotContain("<script>").contains("/assets/cases/caseload.js");
    ResponseEntity<String> view = rest.withBasicAuth(DemoUsers.TRAINER, DemoUsers.PASSWORD)
        .getForEntity("/cases/OHT-2026-00001", String.class);
    assertThat(view.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
    ResponseEntity<String> embedded = rest.withBasicAuth(DemoUsers.TRAINER, DemoUsers.PASSWORD)
        .getForEntity("/cases/OHT-2026-00001?embedded=1", String.class);
    assertThat(embedded.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'self'");
    for (String asset : List.of("/assets/cases/case.js", "/assets/cases/caseload.js", "/assets/cases/cases.css")) {
      assertThat(rest.getForEntity(asset, String.class).getStatusCode().value()).as(asset).isEqualTo(200);
    }
    assertThat(rest.getForEntity("/cases", String.class).getStatusCode().value()).isEqualTo(401);
    org.springframework.http.HttpHeaders browser = new org.springframework.http.HttpHeaders();
    browser.add("Accept", "text/html,application/xhtml+xml");
    ResponseEntity<String> loggedOut = rest.exchange("/cases", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(browser), String.class);
    assertThat(loggedOut.getStatusCode().value()).isEqualTo(401);
    assertThat(loggedOut.getHeaders().containsKey("WWW-Authenticate"))
        .as("a browser is not offered its password prompt").isFalse();
    assertThat(loggedOut.getBody()).contains("Log in to Tasklist");
  }

  JsonNode caseload(String user, String query) {
    ResponseEntity<String> answer = api.get(user, "/api/cases?" + query);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return Api.json(answer);
  }

  /** The case's row in one of the user's lists, paging through it (other tests' cases share the database). */
  JsonNode rowInList(String user, String list, String reference) {
    for (int page = 0; page < 50; page++) {
      JsonNode answer = caseload(user, "list=" + list + "&limit=100&page=" + page);
      JsonNode row = rowOf(answer, reference);
      if (row != null || !answer.get("more").asBoolean()) {
        return row;
      }
    }
    return null;
  }

  static JsonNode rowOf(JsonNode caseload, String reference) {
    for (JsonNode row : caseload.get("rows")) {
      if (row.get("reference").asText().equals(reference)) {
        return row;
      }
    }
    return null;
  }

  static JsonNode readTree(ResponseEntity<String> answer) {
    try {
      return Api.JSON.readTree(answer.getBody());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> problems(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    List<String> found = new ArrayList<>();
    readTree(answer).get("problems").forEach(problem -> found.add(problem.asText()));
    return found;
  }
}
