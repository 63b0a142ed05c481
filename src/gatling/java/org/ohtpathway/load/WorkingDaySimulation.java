package org.ohtpathway.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A working day of a region's staff, made over HTTP with the calls their browsers make: Camunda
 * Tasklist's own (login, filters, task lists refreshed every ten seconds, forms opened, claimed
 * and submitted) and the application's pages and APIs (task cards, the Case tab, caseloads,
 * case pages, the service report).
 *
 * <ul>
 *   <li>Probation practitioners make referrals from the start form, and look at their
 *   referrals' cases.</li>
 *   <li>Coordinators triage "Unallocated referrals": open one, claim it, read it and allocate it
 *   to the Health Trainer with the smallest caseload the form shows.</li>
 *   <li>Health Trainers open "My tasks", record first contact attempts (opening the Case tab),
 *   and read their caseload and cases.</li>
 *   <li>Service managers open the service report for the past year.</li>
 * </ul>
 *
 * Every person logs in once and works until the end, thinking between steps as staff do; while
 * Tasklist is open its list is refreshed every ten seconds, as Tasklist does for the pathway's
 * filters. The staff accounts are made, and the trainers given work to start the day with, by
 * {@link StaffSetup} before the first user arrives. Settings (system properties):
 * {@code load.baseUrl}, {@code load.staff}, {@code load.minutes}, {@code load.rampSeconds},
 * {@code load.adminUser}, {@code load.adminPassword}.
 */
public class WorkingDaySimulation extends Simulation {

  static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080");
  static final int STAFF = Integer.getInteger("load.staff", 200);
  static final int MINUTES = Integer.getInteger("load.minutes", 10);
  static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", 120);

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final String HAL = "application/hal+json, application/json; q=0.5";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Staff TEAM = Staff.of(STAFF);

  /** Referrals need a CRN no open referral has: a letter and a counter of this run. */
  private static final AtomicInteger CRNS = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 1000) * 1000);
  private static final char CRN_LETTER = "ABCDEFGHJKLMNPQRSUVWYZ".charAt(
      (int) (System.currentTimeMillis() / 1_000_000 % 22));

  private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
      .acceptHeader("application/json, text/plain, */*")
      .acceptLanguageHeader("en-GB,en;q=0.9")
      .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) OHT Pathway load test");

  @Override
  public void before() {
    RunRecord.started(TEAM);
    new StaffSetup(BASE_URL, TEAM).run();
  }

  @Override
  public void after() {
    RunRecord.ended();
  }

  // ---- Tasklist, as its pages call the server ----

  /** Tasklist's page, its login, and what it loads on arrival: the user, the filters, "My tasks". */
  private static ChainBuilder logIn() {
    return exec(http("login: Tasklist page").get("/camunda/app/tasklist/default/").header("Accept", "text/html"))
        .exec(getCookieValue(CookieKey("XSRF-TOKEN").withPath("/camunda").saveAs("xsrf")))
        .exec(http("login: sign in").post("/camunda/api/admin/auth/user/default/login/tasklist")
            .header("X-XSRF-TOKEN", "#{xsrf}")
            .formParam("username", "#{userId}").formParam("password", Staff.PASSWORD))
        .exec(http("tasklist: who am I").get("/camunda/api/admin/auth/user/default"))
        .exec(http("tasklist: filter count").get(ENGINE + "/filter/count?itemCount=false&resourceType=Task"))
        .exec(http("tasklist: filters").get(ENGINE + "/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task")
            .check(jsonPath("$[?(@.name == 'My tasks')].id").optional().saveAs("myTasks"))
            .check(jsonPath("$[?(@.name == 'Unallocated referrals')].id").optional().saveAs("unallocated")));
  }

  /** The session's CSRF token changes at login: read it from its cookie before each change. */
  private static ChainBuilder token() {
    return exec(getCookieValue(CookieKey("XSRF-TOKEN").withPath("/camunda").saveAs("xsrf")));
  }

  private static HttpRequestActionBuilder list(String filterName, String filterAttribute) {
    return http("list: " + filterName)
        .post(ENGINE + "/filter/#{" + filterAttribute + "}/list?firstResult=0&maxResults=15")
        .header("Accept", HAL).header("X-XSRF-TOKEN", "#{xsrf}").header("Content-Type", "application/json")
        .body(StringBody("{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],"
            + "\"active\":true}"))
        .check(bodyString().saveAs("taskList"));
  }

  /** Opens a filter's list and asks for its cards' reference, name and priority. */
  private static ChainBuilder openList(String filterName, String filterAttribute) {
    return token().exec(list(filterName, filterAttribute))
        .exec(session -> session.set("cardsQuery", cardsQuery(session.getString("taskList"))))
        .doIf(session -> !session.getString("cardsQuery").isEmpty())
        .then(exec(http("cards: task cards").get("/api/task-cards?#{cardsQuery}")));
  }

  /** Thinking in Tasklist: its list stays on screen and is refreshed every ten seconds. */
  private static ChainBuilder thinkInTasklist(String filterName, String filterAttribute, int fromSeconds, int toSeconds) {
    return exec(session -> session.set("refreshes",
            ThreadLocalRandom.current().nextInt(fromSeconds / 10, toSeconds / 10 + 1)))
        .repeat("#{refreshes}").on(pause(Duration.ofSeconds(10)).exec(token()).exec(list(filterName, filterAttribute)));
  }

  /** What Tasklist asks for when a task is chosen in the list: the task and its Camunda Form. */
  private static ChainBuilder openTask(String form) {
    return exec(http("task: task").get(ENGINE + "/task/#{taskId}"))
        .exec(http("task: identity links").get(ENGINE + "/task/#{taskId}/identity-links"))
        .exec(http("task: form").get(ENGINE + "/task/#{taskId}/form"))
        .exec(http("task: deployed form").get(ENGINE + "/task/#{taskId}/deployed-form"))
        .exec(http("task form variables: " + form).get(ENGINE + "/task/#{taskId}/form-variables?deserializeValues=false")
            .check(bodyString().saveAs("formVariables")));
  }

  /** The task's Case tab: which case it is, then the case view framed in the tab. */
  private static ChainBuilder caseTab() {
    return exec(http("case: task's case").get("/api/tasks/#{taskId}/case").check(jsonPath("$.reference").saveAs("reference")))
        .exec(casePage(true));
  }

  private static ChainBuilder casePage(boolean embedded) {
    return exec(http("case: page").get(embedded ? "/cases/#{reference}?embedded=1" : "/cases/#{reference}")
            .header("Accept", "text/html"))
        .exec(http("case: view").get("/api/cases/#{reference}"))
        .exec(http("case: actions").get("/api/cases/#{reference}/actions"));
  }

  /** A caseload page of the Cases link, and one case opened from it when there is one. */
  private static ChainBuilder caseload(String caseList) {
    return exec(http("caseload: page").get("/cases?list=" + caseList).header("Accept", "text/html"))
        .exec(http("caseload: " + caseList).get("/api/cases?list=" + caseList + "&page=0")
            .check(jsonPath("$.rows[*].reference").findRandom().optional().saveAs("reference")))
        .doIf(session -> session.contains("reference"))
        .then(pause(Duration.ofSeconds(5), Duration.ofSeconds(20)).exec(casePage(false)))
        .exec(session -> session.remove("reference"));
  }

  private static ChainBuilder submit(String kind, String path, String bodyAttribute) {
    return token().exec(http("submit: " + kind).post(path)
        .header("X-XSRF-TOKEN", "#{xsrf}").header("Content-Type", "application/json")
        .body(StringBody("#{" + bodyAttribute + "}")));
  }

  // ---- the roles ----

  /** A probation practitioner: a referral now and then, and a look at the referrals they hold. */
  private static ScenarioBuilder practitioners() {
    ChainBuilder refer = exec(http("start: startable processes").get(ENGINE + "/process-definition?latest=true&active=true"
            + "&startableInTasklist=true&startablePermissionCheck=true&firstResult=0&maxResults=15")
            .check(jsonPath("$[?(@.key == 'OhtPathway')].id").saveAs("definitionId")))
        .exec(http("start: start form").get(ENGINE + "/process-definition/#{definitionId}/startForm"))
        .exec(http("start: deployed start form").get(ENGINE + "/process-definition/#{definitionId}/deployed-start-form"))
        .exec(http("start: start form variables").get(ENGINE
            + "/process-definition/#{definitionId}/form-variables?deserializeValues=false"))
        // Filling in the referral form: several minutes, the task list refreshing behind it.
        .exec(thinkInTasklist("My tasks", "myTasks", 120, 300))
        .exec(session -> session.set("referral", referralForm()))
        .exec(submit("referral", ENGINE + "/process-definition/#{definitionId}/submit-form", "referral"))
        .exec(openList("My tasks", "myTasks"));
    return scenario("Probation practitioners").exec(session -> session.set("userId", TEAM.next(Staff.Role.PRACTITIONER)))
        .exec(logIn()).exec(openList("My tasks", "myTasks"))
        .forever().on(
            randomSwitch().on(
                new Choice.WithWeight(35.0, refer),
                new Choice.WithWeight(65.0, caseload("mine")))
            .exec(thinkInTasklist("My tasks", "myTasks", 60, 180)));
  }

  /** A coordinator triages the unallocated referrals of their own share of the list. */
  private static ScenarioBuilder coordinators() {
    ChainBuilder triage = exec(openTask("triage"))
        .exec(token())
        .exec(http("claim: triage").post(ENGINE + "/task/#{taskId}/claim")
            .header("X-XSRF-TOKEN", "#{xsrf}").header("Content-Type", "application/json")
            .body(StringBody("{\"userId\":\"#{userId}\"}")))
        .exec(thinkInTasklist("Unallocated referrals", "unallocated", 60, 180))
        .exec(session -> session.set("triage", triageForm(session.getString("formVariables"))))
        .exec(submit("triage", ENGINE + "/task/#{taskId}/submit-form", "triage"))
        .exec(openList("Unallocated referrals", "unallocated"));
    return scenario("Coordinators").exec(session -> session.set("userId", TEAM.next(Staff.Role.COORDINATOR)))
        .exec(logIn()).exec(openList("My tasks", "myTasks"))
        .forever().on(
            exec(openList("Unallocated referrals", "unallocated"))
                .exec(pause(Duration.ofSeconds(5), Duration.ofSeconds(20)))
                .exec(session -> pickTriage(session))
                .doIfOrElse(session -> session.contains("taskId"))
                .then(triage)
                .orElse(exec(caseload("unallocated")))
                .exec(session -> session.remove("taskId"))
                .exec(thinkInTasklist("Unallocated referrals", "unallocated", 30, 90)));
  }

  /** A Health Trainer records first contact attempts from "My tasks" and reads their caseload. */
  private static ScenarioBuilder trainers() {
    ChainBuilder contact = exec(openTask("first contact"))
        .doIf(session -> ThreadLocalRandom.current().nextInt(2) == 0).then(exec(caseTab()))
        .exec(thinkInTasklist("My tasks", "myTasks", 30, 120))
        .exec(session -> session.set("contact", contactForm()))
        .exec(submit("first contact attempt", ENGINE + "/task/#{taskId}/submit-form", "contact"))
        .exec(openList("My tasks", "myTasks"));
    return scenario("Health Trainers").exec(session -> session.set("userId", TEAM.next(Staff.Role.TRAINER)))
        .exec(logIn()).exec(openList("My tasks", "myTasks"))
        .forever().on(
            exec(session -> pickTask(session, "Task_RecordContactAttempt"))
                .doIfOrElse(session -> session.contains("taskId"))
                .then(contact)
                .orElse(exec(caseload("mine")))
                .exec(session -> session.remove("taskId"))
                .exec(thinkInTasklist("My tasks", "myTasks", 30, 120))
                .exec(openList("My tasks", "myTasks")));
  }

  /** A service manager reads the service report for the past year, and the overdue cases. */
  private static ScenarioBuilder managers() {
    LocalDate today = LocalDate.now();
    String period = "from=" + today.minusYears(1).plusDays(1) + "&to=" + today;
    return scenario("Service managers").exec(session -> session.set("userId", TEAM.next(Staff.Role.MANAGER)))
        .exec(logIn())
        .forever().on(
            exec(http("report: page").get("/reports").header("Accept", "text/html"))
                .exec(http("report: service (past year)").get("/api/reports/service?" + period))
                .exec(pause(Duration.ofSeconds(60), Duration.ofSeconds(180)))
                .exec(caseload("overdue"))
                .exec(pause(Duration.ofSeconds(60), Duration.ofSeconds(180))));
  }

  {
    Duration ramp = Duration.ofSeconds(RAMP_SECONDS);
    List<PopulationBuilder> populations = new ArrayList<>();
    for (Map.Entry<Staff.Role, Integer> role : TEAM.counts().entrySet()) {
      ScenarioBuilder scenario = switch (role.getKey()) {
        case PRACTITIONER -> practitioners();
        case COORDINATOR -> coordinators();
        case TRAINER -> trainers();
        case MANAGER -> managers();
      };
      populations.add(scenario.injectClosed(
          rampConcurrentUsers(0).to(role.getValue()).during(ramp),
          constantConcurrentUsers(role.getValue())
              .during(Duration.ofMinutes(MINUTES))));
    }
    setUp(populations).protocols(protocol)
        .maxDuration(ramp.plus(Duration.ofMinutes(MINUTES)))
        .assertions(global().failedRequests().count().is(0L));
  }

  // ---- what the forms send, as Tasklist sends a Camunda Form's values ----

  static String referralForm() {
    LocalDate today = LocalDate.now();
    int n = CRNS.getAndIncrement() % 1_000_000;
    String crn = CRN_LETTER + String.format("%06d", n);
    String needs = JSON.valueToTree(List.of("SMOKING", "MENTAL_WELLBEING")).toString();
    return variables(new Object[][] {
        {"crn", crn}, {"givenName", "Load"}, {"familyName", "Person " + n},
        {"dateOfBirth", today.minusYears(20 + n % 40).minusDays(n % 300).toString()}, {"sex", n % 2 == 0 ? "MALE" : "FEMALE"},
        {"phone", "07700 900123"}, {"safeToPhone", true}, {"email", "person" + n + "@example.org"}, {"safeToEmail", false},
        {"addressLine", ""}, {"postcode", "OL11 2AB"}, {"interpreterNeeded", false}, {"accessibilityNeeds", ""},
        {"commitments", ""}, {"supervisionType", "COMMUNITY_ORDER"},
        {"supervisionEndDate", today.plusYears(1).toString()}, {"releasingFromCustody", false},
        {"presentingNeeds", new Json(needs)}, {"registeredWithGp", "NO"}, {"mentalHealthCrisis", false},
        {"riskToOthers", "LOW"}, {"riskToSelf", "LOW"}, {"loneWorkingCautions", "Meet at the probation office."},
        {"reason", "Wants help to stop smoking."}, {"practitionerName", ""}, {"practitionerEmail", ""},
        {"practitionerPhone", ""}, {"consentGiven", true}, {"consentDate", today.toString()},
        {"consentShareProgress", true}, {"consentShareWithGp", false}, {"consentReferOn", false}});
  }

  private static final Pattern OPEN_CASES = Pattern.compile("\\((\\d+) open\\)");

  /** Allocates to the load test's Health Trainer whose caseload the form shows as smallest. */
  static String triageForm(String formVariables) {
    String trainer = null;
    long fewest = Long.MAX_VALUE;
    try {
      JsonNode options = JSON.readTree(JSON.readTree(formVariables).path("trainerOptions").path("value").asText("[]"));
      for (JsonNode option : options) {
        String id = option.path("value").asText();
        Matcher open = OPEN_CASES.matcher(option.path("label").asText());
        long caseload = open.find() ? Long.parseLong(open.group(1)) : 0;
        if (Staff.isLoadTrainer(id) && caseload < fewest) {
          fewest = caseload;
          trainer = id;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (trainer == null) {
      throw new IllegalStateException("The triage form offers none of the load test's Health Trainers");
    }
    return variables(new Object[][] {
        {"triageOutcome", "ALLOCATE"}, {"priority", "MEDIUM"}, {"trainerId", trainer}, {"triageNote", "Prefers mornings."}});
  }

  /** Three in four first attempts book an appointment; the others do not reach the person. */
  static String contactForm() {
    LocalDate today = LocalDate.now();
    boolean reached = ThreadLocalRandom.current().nextInt(4) > 0;
    return reached
        ? variables(new Object[][] {{"attemptedOn", today.toString()}, {"channel", "PHONE"},
            {"attemptOutcome", "APPOINTMENT_BOOKED"}, {"appointmentDate", today.plusDays(3).toString()},
            {"contactNote", ""}})
        : variables(new Object[][] {{"attemptedOn", today.toString()}, {"channel", "PHONE"},
            {"attemptOutcome", "NOT_REACHED"}, {"contactNote", "No answer; left a voicemail."}});
  }

  /** A Json value, sent with its type as Tasklist sends checklists. */
  record Json(String value) {
  }

  private static String variables(Object[][] fields) {
    var variables = JSON.createObjectNode();
    for (Object[] field : fields) {
      var variable = variables.putObject((String) field[0]);
      if (field[1] instanceof Json json) {
        variable.put("type", "Json").putNull("valueInfo").put("value", json.value());
      } else if (field[1] instanceof Boolean flag) {
        variable.put("value", flag);
      } else {
        variable.put("value", (String) field[1]);
      }
    }
    var body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  // ---- reading Tasklist's list as the user does ----

  private static List<JsonNode> tasks(String taskList) {
    List<JsonNode> tasks = new ArrayList<>();
    if (taskList == null) {
      return tasks; // the list was not answered: Tasklist shows none
    }
    try {
      JSON.readTree(taskList).path("_embedded").path("task").forEach(tasks::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tasks;
  }

  static String cardsQuery(String taskList) {
    return String.join("&", tasks(taskList).stream().map(task -> "taskId=" + task.path("id").asText()).toList());
  }

  /** The trainer's own task of that kind that has waited longest. */
  private static Session pickTask(Session session, String taskDefinitionKey) {
    String me = session.getString("userId");
    return tasks(session.getString("taskList")).stream()
        .filter(task -> taskDefinitionKey.equals(task.path("taskDefinitionKey").asText()))
        .filter(task -> me.equals(task.path("assignee").asText()))
        .min(Comparator.comparing(task -> task.path("created").asText()))
        .map(task -> session.set("taskId", task.path("id").asText()))
        .orElse(session);
  }

  /**
   * An unclaimed referral of this coordinator's share of the list: coordinators split the
   * region between them, so two never take the same referral.
   */
  private static Session pickTriage(Session session) {
    int me = Staff.numberOf(session.getString("userId"));
    int coordinators = TEAM.counts().get(Staff.Role.COORDINATOR);
    return tasks(session.getString("taskList")).stream()
        .filter(task -> task.path("assignee").isNull() || task.path("assignee").isMissingNode())
        .filter(task -> Math.floorMod(task.path("id").asText().hashCode(), coordinators) == me % coordinators)
        .findFirst()
        .map(task -> session.set("taskId", task.path("id").asText()))
        .orElse(session);
  }
}
