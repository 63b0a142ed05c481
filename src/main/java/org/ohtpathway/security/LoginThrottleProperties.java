package org.ohtpathway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the login throttle ({@code oht.security.login-throttle.*}). Camunda locks a user
 * after {@code login-max-attempts} (10) failed logins, whoever made them; these limits stay
 * below it, so that a stranger is stopped before the user is locked.
 *
 * @param failuresPerUser failed logins for one user from one address within the window before that
 *     user's logins from that address are refused (5)
 * @param failuresPerAddress failed logins from one address, for any users, within the window before
 *     every login from that address is refused (30; an office behind one address shares it)
 * @param window how long failures are remembered, and how long logins are refused after the last one
 *     (15 minutes)
 * @param maxEntries addresses and address-user pairs remembered at most; the oldest are forgotten
 *     first (10,000)
 */
@ConfigurationProperties("oht.security.login-throttle")
public record LoginThrottleProperties(Integer failuresPerUser, Integer failuresPerAddress, Duration window,
    Integer maxEntries) {

  public LoginThrottleProperties {
    failuresPerUser = failuresPerUser != null ? failuresPerUser : 5;
    failuresPerAddress = failuresPerAddress != null ? failuresPerAddress : 30;
    window = window != null ? window : Duration.ofMinutes(15);
    maxEntries = maxEntries != null ? maxEntries : 10_000;
  }
}
