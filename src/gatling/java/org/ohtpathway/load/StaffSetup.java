package org.ohtpathway.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Before the day starts: the staff accounts, made through Camunda's identity REST API as the
 * administrator (the route an administrator scripts), and the work a region's day starts with,
 * made through the pathway's own forms on the REST API as the staff whose job it is: one first
 * contact waiting for every Health Trainer, and three referrals waiting for each coordinator.
 * Run again, it adds only what is missing.
 */
final class StaffSetup {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT_FOR_TRIAGE = Duration.ofSeconds(120);

  private final String baseUrl;
  private final Staff staff;
  private final String admin;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  StaffSetup(String baseUrl, Staff staff) {
    this.baseUrl = baseUrl;
    this.staff = staff;
    this.admin = basic(System.getProperty("load.adminUser", "admin"), System.getProperty("load.adminPassword", "demo"));
  }

  void run() {
    Instant started = Instant.now();
    int made = 0;
    for (Map.Entry<Staff.Role, Integer> role : staff.counts().entrySet()) {
      for (int number = 1; number <= role.getValue(); number++) {
        made += ensureAccount(role.getKey(), number) ? 1 : 0;
      }
    }
    log("%d staff accounts (%s), %d made now", staff.counts().values().stream().mapToInt(Integer::intValue).sum(),
        staff.counts(), made);

    int trainers = staff.counts().get(Staff.Role.TRAINER);
    String practitioner = basic(Staff.Role.PRACTITIONER.id(1), Staff.PASSWORD);
    String coordinator = basic(Staff.Role.COORDINATOR.id(1), Staff.PASSWORD);

    List<String> trainersWithout = new ArrayList<>();
    for (int number = 1; number <= trainers; number++) {
      String trainer = Staff.Role.TRAINER.id(number);
      if (count("/engine-rest/task/count?taskDefinitionKey=Task_RecordContactAttempt&assignee=" + trainer) == 0) {
        trainersWithout.add(trainer);
      }
    }
    List<String> toAllocate = new ArrayList<>();
    for (int i = 0; i < trainersWithout.size(); i++) {
      toAllocate.add(refer(practitioner));
    }
    for (int i = 0; i < toAllocate.size(); i++) {
      String task = waitForTriage(toAllocate.get(i), coordinator);
      send("POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + Staff.Role.COORDINATOR.id(1) + "\"}",
          coordinator);
      send("POST", "/engine-rest/task/" + task + "/submit-form", "{\"variables\":{"
          + "\"triageOutcome\":{\"value\":\"ALLOCATE\"},\"priority\":{\"value\":\"MEDIUM\"},"
          + "\"trainerId\":{\"value\":\"" + trainersWithout.get(i) + "\"},"
          + "\"triageNote\":{\"value\":\"Prefers mornings.\"}}}", coordinator);
    }
    long unallocated = count("/engine-rest/task/count?taskDefinitionKey=Task_TriageAndAllocate&unassigned=true");
    long wanted = 3L * staff.counts().get(Staff.Role.COORDINATOR);
    for (long i = unallocated; i < wanted; i++) {
      refer(practitioner);
    }
    log("the day starts with a first contact for each of %d Health Trainers (%d referrals made and allocated now)"
        + " and at least %d unallocated referrals (%d made now), in %d s", trainers, toAllocate.size(), wanted,
        Math.max(0, wanted - unallocated), Duration.between(started, Instant.now()).toSeconds());
  }

  /** Makes the account if it is missing; says whether it made it. */
  private boolean ensureAccount(Staff.Role role, int number) {
    String id = role.id(number);
    if (request("GET", "/engine-rest/user/" + id + "/profile", null, admin).statusCode() == 200) {
      return false;
    }
    send("POST", "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Load " + number
        + "\",\"lastName\":\"" + role.lastName + "\",\"email\":\"" + id + "@oht-pathway.example\"},"
        + "\"credentials\":{\"password\":\"" + Staff.PASSWORD + "\"}}", admin);
    send("PUT", "/engine-rest/group/" + role.group + "/members/" + id, null, admin);
    return true;
  }

  /** A referral from the start form, as a practitioner; returns its process instance. */
  private String refer(String practitioner) {
    String started = send("POST", "/engine-rest/process-definition/key/OhtPathway/submit-form",
        WorkingDaySimulation.referralForm(), practitioner);
    return read(started).path("id").asText();
  }

  /** The eligibility check runs as a job: the triage task comes once it has run. */
  private String waitForTriage(String processInstance, String coordinator) {
    Instant until = Instant.now().plus(WAIT_FOR_TRIAGE);
    while (Instant.now().isBefore(until)) {
      JsonNode tasks = read(send("GET", "/engine-rest/task?processInstanceId=" + processInstance
          + "&taskDefinitionKey=Task_TriageAndAllocate&maxResults=1", null, coordinator));
      if (tasks.size() > 0) {
        return tasks.get(0).path("id").asText();
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException("The referral " + processInstance + " was not waiting for triage after "
        + WAIT_FOR_TRIAGE.toSeconds() + " s: is the job executor running?");
  }

  private long count(String path) {
    return read(send("GET", path, null, admin)).path("count").asLong();
  }

  private String send(String method, String path, String json, String credentials) {
    HttpResponse<String> response = request(method, path, json, credentials);
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return response.body();
  }

  private HttpResponse<String> request(String method, String path, String json, String credentials) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", credentials)
        .header("Accept", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("Is the application running at " + baseUrl + "? " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void log(String format, Object... values) {
    System.out.println("[load setup] " + String.format(format, values));
  }
}
