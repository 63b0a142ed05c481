package org.ohtpathway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link LoginThrottle} in front of a login that Camunda checks itself: the webapps' login
 * form and HTTP basic on the engine's REST API. Camunda answers a wrong password with 401; any
 * answer below 400 means the password was right. Other refusals (a missing CSRF token, an
 * unknown engine) say nothing about the password and change no count.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  /** The webapps' login form posts the user id as {@code username}. */
  static final Function<HttpServletRequest, String> LOGIN_FORM = request ->
      "POST".equals(request.getMethod()) ? request.getParameter("username") : null;

  static final Function<HttpServletRequest, String> HTTP_BASIC = request ->
      BasicCredentials.from(request).map(BasicCredentials::userId).orElse(null);

  private final LoginThrottle throttle;
  private final Function<HttpServletRequest, String> userOf;

  LoginThrottleFilter(LoginThrottle throttle, Function<HttpServletRequest, String> userOf) {
    this.throttle = throttle;
    this.userOf = userOf;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = userOf.apply(request);
    if (user == null || user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<LoginThrottle.Refusal> refusal = throttle.refusal(address, user);
    if (refusal.isPresent()) {
      refusal.get().send(response);
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(address, user);
    } else if (response.getStatus() < 400) {
      throttle.succeeded(address, user);
    }
  }
}
