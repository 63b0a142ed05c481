package org.ohtpathway.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ohtpathway.reporting.ReportsProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start a configuration that would expose people's data. Outside the demo
 * profile the administrator must have a strong password of their own (the starter would
 * otherwise make it equal to the user id); in production the database must not be H2 and
 * the demo profile must not be on as well, and the exports need their pseudonym key.
 */
public class StartupSafety implements EnvironmentPostProcessor {

  static final String DEMO = "demo";
  static final String PROD = "prod";
  private static final List<String> COMMON = List.of("password", "changeme", "letmein", "welcome", "camunda",
      "admin", "qwerty", "123456", "demo");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    List<String> profiles = Arrays.asList(environment.getActiveProfiles().length > 0
        ? environment.getActiveProfiles() : environment.getDefaultProfiles());
    boolean prod = profiles.contains(PROD);
    if (prod && profiles.contains(DEMO)) {
      refuse("the demo profile, with its demo users and passwords, cannot run together with prod.");
    }
    if (!profiles.contains(DEMO)) {
      String id = environment.getProperty("camunda.bpm.admin-user.id", "admin");
      String problem = weakness(id, environment.getProperty("camunda.bpm.admin-user.password"));
      if (problem != null) {
        refuse("the administrator's password " + problem + " Set CAMUNDA_BPM_ADMINUSER_PASSWORD.");
      }
    }
    if (prod) {
      String url = environment.getProperty("spring.datasource.url", "");
      if (url.isBlank() || url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
        refuse("production needs a PostgreSQL database, not the embedded H2 one."
            + " Set SPRING_DATASOURCE_URL (jdbc:postgresql://...), SPRING_DATASOURCE_USERNAME and"
            + " SPRING_DATASOURCE_PASSWORD.");
      }
      String key = environment.getProperty("oht.reports.pseudonym-key", "");
      if (key.length() < ReportsProperties.MINIMUM_KEY_LENGTH) {
        refuse("production needs a secret key for the case ids of the exports. Set OHT_REPORTS_PSEUDONYMKEY to a"
            + " random secret of at least " + ReportsProperties.MINIMUM_KEY_LENGTH + " characters, and keep it.");
      }
    }
  }

  /** Why a password is too weak, or null if it is strong enough. */
  public static String weakness(String userId, String password) {
    if (password == null || password.isBlank()) {
      return "is missing.";
    }
    if (password.equalsIgnoreCase(userId)) {
      return "is the same as the user id.";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    boolean common = COMMON.stream().anyMatch(lower::contains);
    if (password.length() < 12 || common || lower.contains(userId.toLowerCase(Locale.ROOT))
        || password.chars().noneMatch(Character::isUpperCase) || password.chars().noneMatch(Character::isLowerCase)
        || password.chars().noneMatch(Character::isDigit) || password.chars().allMatch(Character::isLetterOrDigit)) {
      return "is too weak: use at least 12 characters with upper- and lower-case letters, a digit and a"
          + " symbol, and no common word or the user id.";
    }
    return null;
  }

  private static void refuse(String reason) {
    throw new IllegalStateException("OHT Pathway will not start: " + reason);
  }
}
