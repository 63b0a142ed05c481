package org.ohtpathway.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.ohtpathway.process.ServiceClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per client address and per address and user, and refuses a login
 * before it reaches Camunda once either has failed too often. Camunda's own throttle counts per
 * user, whoever tries: anyone who knows a user id could otherwise lock that user out with ten
 * wrong passwords. Time is the engine's clock, the one Camunda's login delays read.
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  /** Longer user ids are cut: a key is never bigger than this, whatever a client sends. */
  private static final int MAX_USER_ID = 128;

  /** Failed logins since {@code first}, the last at {@code last}. */
  private record Failures(int count, Instant first, Instant last) {
  }

  private final LoginThrottleProperties limits;
  private final ProcessEngine engine;
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddressAndUser = new ConcurrentHashMap<>();

  LoginThrottle(LoginThrottleProperties limits, ProcessEngine engine) {
    this.limits = limits;
    this.engine = engine;
  }

  /** How long the caller must wait before logging in as this user from this address, if at all. */
  public Optional<Refusal> refusal(String address, String userId) {
    Instant now = ServiceClock.now();
    Optional<Duration> forAddress = wait(byAddress.get(address), limits.failuresPerAddress(), now);
    if (forAddress.isPresent()) {
      return Optional.of(new Refusal(forAddress.get(), "Too many failed logins from your address: try again in "
          + minutes(forAddress.get()) + "."));
    }
    return wait(byAddressAndUser.get(pair(address, userId)), limits.failuresPerUser(), now)
        .map(wait -> new Refusal(wait, "Too many failed logins for this user from your address: try again in "
            + minutes(wait) + ", or ask an administrator."));
  }

  public void failed(String address, String userId) {
    Instant now = ServiceClock.now();
    forgetOldEntriesIfFull(now);
    Failures pair = byAddressAndUser.compute(pair(address, userId), (key, failures) -> counted(failures, now));
    Failures all = byAddress.compute(address, (key, failures) -> counted(failures, now));
    if (pair.count() == limits.failuresPerUser()) {
      LOG.warn("Logins for user '{}' from {} are refused for {} after {} failed logins", shown(userId), address,
          minutes(limits.window()), pair.count());
    }
    if (all.count() == limits.failuresPerAddress()) {
      LOG.warn("Logins from {} are refused for {} after {} failed logins (the last for user '{}')", address,
          minutes(limits.window()), all.count(), shown(userId));
    }
    warnIfCamundaLocked(address, userId);
  }

  /** A login succeeded: the pair starts afresh (the address keeps its count, or one good login would clear it). */
  public void succeeded(String address, String userId) {
    byAddressAndUser.remove(pair(address, userId));
  }

  /** Forgets every address and user, as if the application had restarted. */
  public void reset() {
    byAddress.clear();
    byAddressAndUser.clear();
  }

  /** A refused login: how long to wait, and a sentence that says so. */
  public record Refusal(Duration retryAfter, String message) {

    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** 429 with Retry-After: the login never reached Camunda, so it counts against nobody. */
    public void send(HttpServletResponse response) throws IOException {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(retryAfterSeconds()));
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"message\":\"" + message + "\"}");
    }
  }

  private Optional<Duration> wait(Failures failures, int limit, Instant now) {
    if (failures == null || failures.count() < limit) {
      return Optional.empty();
    }
    Instant until = failures.last().plus(limits.window());
    return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  private Failures counted(Failures failures, Instant now) {
    if (failures == null || expired(failures, now)) {
      return new Failures(1, now, now);
    }
    return new Failures(failures.count() + 1, failures.first(), now);
  }

  private boolean expired(Failures failures, Instant now) {
    return !now.isBefore(failures.last().plus(limits.window()));
  }

  /** Memory stays bounded: expired entries go first, then, if a flood of addresses fills it, all. */
  private void forgetOldEntriesIfFull(Instant now) {
    if (byAddress.size() + byAddressAndUser.size() < limits.maxEntries()) {
      return;
    }
    byAddress.values().removeIf(failures -> expired(failures, now));
    byAddressAndUser.values().removeIf(failures -> expired(failures, now));
    if (byAddress.size() + byAddressAndUser.size() >= limits.maxEntries()) {
      LOG.warn("The login throttle remembers {} addresses and users, its limit: it forgets them all",
          byAddress.size() + byAddressAndUser.size());
      reset();
    }
  }

  /** Camunda locks a user for good at its limit; only an administrator can unlock them (Admin > Users). */
  private void warnIfCamundaLocked(String address, String userId) {
    int maxAttempts = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginMaxAttempts();
    User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
    if (user instanceof UserEntity entity && entity.getAttempts() >= maxAttempts) {
      LOG.warn("User '{}' is locked by Camunda after {} failed logins (the last from {}): an administrator unlocks"
          + " the user in Admin", userId, entity.getAttempts(), address);
    }
  }

  private static String pair(String address, String userId) {
    String user = userId.length() > MAX_USER_ID ? userId.substring(0, MAX_USER_ID) : userId;
    return address + '\n' + user;
  }

  private static String minutes(Duration duration) {
    long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
    return minutes == 1 ? "a minute" : minutes + " minutes";
  }

  /**
   * A user id as a stranger typed it, fit for a log line: at most 64 characters of those a user
   * id may hold, so that no typed text (a line break, a password in the wrong box) reaches the log.
   */
  static String shown(String userId) {
    String kept = String.valueOf(userId).replaceAll("[^A-Za-z0-9._@-]", "?");
    return kept.length() > 64 ? kept.substring(0, 64) + "..." : kept;
  }
}
