package org.ohtpathway.security;

import jakarta.servlet.FilterChain;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's own endpoints authenticate as the REST API does: HTTP basic against
 * Camunda's identity service, behind the {@link LoginThrottle}, or the session of a user
 * logged into the Camunda webapps. The request then acts as that user, under the same
 * authorizations. Endpoints that are not the engine's (the actuator's metrics) may further
 * require a group, since no Camunda authorization covers them.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";

  private final IdentityService identity;
  private final LoginThrottle throttle;
  private final String requiredGroup;
  private final String refusal;

  /** Any authenticated user. */
  ApiAuthenticationFilter(IdentityService identity, LoginThrottle throttle) {
    this(identity, throttle, null, null);
  }

  /** Members of {@code requiredGroup} only; others are answered 403 with {@code refusal}. */
  ApiAuthenticationFilter(IdentityService identity, LoginThrottle throttle, String requiredGroup, String refusal) {
    this.identity = identity;
    this.throttle = throttle;
    this.requiredGroup = requiredGroup;
    this.refusal = refusal;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<BasicCredentials> credentials = BasicCredentials.from(request);
    String userId = null;
    if (credentials.isPresent()) {
      // Checked even when a webapp session is there too: every password tried counts.
      String address = request.getRemoteAddr();
      String user = credentials.get().userId();
      Optional<LoginThrottle.Refusal> throttled = throttle.refusal(address, user);
      if (throttled.isPresent()) {
        throttled.get().send(response);
        return;
      }
      if (identity.checkPassword(user, credentials.get().password())) {
        throttle.succeeded(address, user);
        userId = user;
      } else {
        throttle.failed(address, user);
      }
    }
    if (userId == null) {
      userId = fromWebappSession(request);
      if (userId != null && changes(request) && !sameSite(request)) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        json(response, "This request did not come from the application's own pages (its CSRF token is missing"
            + " or wrong): reload the page and try again.");
        return;
      }
    }
    if (userId == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      // A page asked for by a browser is told to log in, not offered the browser's password prompt,
      // whose password the browser would then send to every page of the site, unasked.
      if (wantsPage(request)) {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            + "<title>Log in · OHT Pathway</title></head><body><h1>Please log in</h1><p>"
            + "<a href=\"/camunda/app/tasklist/default/\">Log in to Tasklist</a>, then open this page again"
            + " (or choose Cases in Tasklist's header).</p></body></html>");
        return;
      }
      response.setHeader("WWW-Authenticate", "Basic realm=\"OHT Pathway\"");
      json(response, "Log in: send your user name and password (HTTP basic), or log into the Camunda webapps first.");
      return;
    }
    String user = userId;
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    if (requiredGroup != null && !groups.contains(requiredGroup)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      json(response, refusal);
      return;
    }
    identity.setAuthentication(user, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static void json(HttpServletResponse response, String message) throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"message\":\"" + message + "\"}");
  }

  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }

  private static boolean changes(HttpServletRequest request) {
    return !CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches();
  }

  /**
   * A change asked for with the webapp's login (a session cookie, which a browser sends to any
   * page that posts here) carries the session's CSRF token, as Camunda's own API requires: only
   * the application's pages can read it.
   */
  private static boolean sameSite(HttpServletRequest request) {
    Object expected = request.getSession(false).getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected != null && sent != null && java.security.MessageDigest.isEqual(
        expected.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        sent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String fromWebappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(ENGINE);
    return user == null ? null : user.getName();
  }
}
