package org.ohtpathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A browser session of a Camunda webapp (Tasklist, Cockpit): its login, its session cookie and its CSRF token. */
public record WebappSession(TestRestTemplate rest, String cookies, String csrfToken) {


  public static WebappSession logIn(TestRestTemplate rest, String application, String user, String password) {
    WebappSession anonymous = open(rest, "");
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = anonymous.headers(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/" + application,
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode().is2xxSuccessful()).as(login.getBody()).isTrue();
    return open(rest, cookies(login, anonymous.cookies()));
  }

  private static WebappSession open(TestRestTemplate rest, String cookies) {
    HttpHeaders headers = new HttpHeaders();
    if (!cookies.isEmpty()) {
      headers.add(HttpHeaders.COOKIE, cookies);
    }
    ResponseEntity<String> page = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    assertThat(page.getHeaders().getFirst("X-XSRF-TOKEN")).as("CSRF token of %s: %s %s", page.getStatusCode(),
        page.getHeaders(), page.getBody()).isNotNull();
    return new WebappSession(rest, cookies(page, cookies), page.getHeaders().getFirst("X-XSRF-TOKEN"));
  }

  public ResponseEntity<String> post(String path, String json) {
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers(MediaType.APPLICATION_JSON)),
        String.class);
  }

  /** As a page on another site could post with the browser's cookies: the CSRF token it cannot read is missing. */
  public ResponseEntity<String> postFromAnotherSite(String path, String body, MediaType type) {
    HttpHeaders headers = headers(type);
    headers.remove("X-XSRF-TOKEN");
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private HttpHeaders headers(MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.add(HttpHeaders.COOKIE, cookies);
    headers.add("X-XSRF-TOKEN", csrfToken);
    return headers;
  }

  /** The cookies the response sets, over those already held. */
  private static String cookies(ResponseEntity<?> response, String held) {
    Map<String, String> jar = new LinkedHashMap<>();
    for (String cookie : held.isEmpty() ? new String[0] : held.split("; ")) {
      jar.put(cookie.substring(0, cookie.indexOf('=')), cookie);
    }
    for (String set : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String cookie = set.split(";", 2)[0];
      jar.put(cookie.substring(0, cookie.indexOf('=')), cookie);
    }
    return String.join("; ", jar.values());
  }
}
