package org.ohtpathway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.ohtpathway.demo.DemoUsers;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The application's HTTP APIs as a demo user calls them (HTTP basic, password {@code demo}):
 * JSON in and out, deployments as multipart, the body of a form submission.
 */
public record Api(TestRestTemplate rest) {

  public static final ObjectMapper JSON = new ObjectMapper();

  public ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, DemoUsers.PASSWORD).getForEntity(path, String.class);
  }

  public ResponseEntity<String> post(String user, String path, Object body) {
    return send(user, HttpMethod.POST, path, body);
  }

  public ResponseEntity<String> put(String user, String path, Object body) {
    return send(user, HttpMethod.PUT, path, body);
  }

  /** A request with a JSON body: a string is sent as it is, anything else written as JSON. */
  public ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String json = body == null || body instanceof String ? (String) body : toJson(body);
    return rest.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, method, new HttpEntity<>(json, headers),
        String.class);
  }

  /** {@code POST /engine-rest/deployment/create} with these resources, by file name. */
  public ResponseEntity<String> deploy(String user, String name, Map<String, byte[]> resources) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", name);
    resources.forEach((resource, bytes) -> parts.add(resource, new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return resource;
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, DemoUsers.PASSWORD).exchange("/engine-rest/deployment/create", HttpMethod.POST,
        new HttpEntity<>(parts, headers), String.class);
  }

  /** The body of {@code POST .../submit-form}: each value of a form, lists as Json. */
  public static Map<String, Object> variables(Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, value instanceof JsonValue json
        ? Map.of("value", json.getValueSerialized(), "type", "Json") : Map.of("value", value)));
    return Map.of("variables", variables);
  }

  public static String toJson(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The body of a 200 answer. */
  public static JsonNode json(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    try {
      return JSON.readTree(response.getBody());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sentence of an answer ({@code {"message": ...}}). */
  public static String message(ResponseEntity<String> answer) {
    try {
      JsonNode body = JSON.readTree(answer.getBody());
      assertThat(body.has("message")).as("a message in %s %s", answer.getStatusCode(), answer.getBody()).isTrue();
      return body.get("message").asText();
    } catch (JsonProcessingException e) {
      throw new AssertionError("no JSON in " + answer.getStatusCode() + " " + answer.getBody(), e);
    }
  }

  /** No stack trace, SQL, or class of the server's internals. */
  public static void assertNoInternals(ResponseEntity<String> response) {
    String body = String.valueOf(response.getBody());
    assertThat(body).doesNotContain("\tat ").doesNotContain("org.").doesNotContain("java.")
        .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("select ")
        .doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("update act_").doesNotContain("ACT_")
        .doesNotContainIgnoringCase("jdbc").doesNotContainIgnoringCase("hibernate")
        .doesNotContainIgnoringCase("ibatis").doesNotContain("PersistenceException")
        .doesNotContain("trace");
  }
}
