package org.ohtpathway;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the test suite on PostgreSQL when the system property {@code oht.test.database} is
 * {@code postgres} (the Maven profile {@code postgres} sets it). Each H2 database a test asks
 * for becomes a PostgreSQL database of its own, created afresh the first time this JVM uses it,
 * so tests that share an H2 database share the PostgreSQL one, and a restarted application
 * finds its data again.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

  public static final String SWITCH = "oht.test.database";
  public static final String SERVER = "oht.test.postgres.server";
  public static final String USER = "oht.test.postgres.user";
  /**
   * Names databases (comma-separated, as {@link #databaseName} makes them) that are kept as an
   * earlier run left them instead of being made afresh: a benchmark timing its queries again on
   * the data it loaded before.
   */
  public static final String KEEP = "oht.test.postgres.keep";

  /**
   * The test contexts the suite keeps open share the server's connections (100 by default):
   * each pool keeps few idle connections, and lets them go soon.
   */
  public static final Map<String, String> SMALL_POOL = Map.of("minimum-idle", "1", "idle-timeout", "10000");

  private static final Set<String> CREATED = new HashSet<>();

  /** True when this run's tests use PostgreSQL. */
  public static boolean postgres() {
    return "postgres".equals(System.getProperty(SWITCH));
  }

  /** The server's address without a database, e.g. jdbc:postgresql://127.0.0.1:5432/. */
  public static String server() {
    return System.getProperty(SERVER, "jdbc:postgresql://127.0.0.1:5432/");
  }

  public static String user() {
    return System.getProperty(USER, "postgres");
  }

  private static boolean kept(String name) {
    return java.util.Arrays.asList(System.getProperty(KEEP, "").split(",")).contains(name);
  }

  /** Creates (or recreates) an empty database and returns its JDBC URL. */
  public static synchronized String freshDatabase(String name) {
    try (Connection admin = DriverManager.getConnection(server() + "postgres", user(), "");
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + name + " with (force)");
      sql.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the test database " + name + " on "
          + server() + ": " + e.getMessage(), e);
    }
    CREATED.add(name);
    return server() + name;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!postgres()) {
      return;
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (!url.startsWith("jdbc:h2:") || environment.matchesProfiles("prod")) {
      return;
    }
    String name = databaseName(url);
    String postgresUrl;
    synchronized (TestDatabase.class) {
      postgresUrl = CREATED.contains(name) || kept(name) ? server() + name : freshDatabase(name);
    }
    environment.getPropertySources().addFirst(new MapPropertySource("oht-test-postgres", Map.of(
        "spring.datasource.url", postgresUrl,
        "spring.datasource.username", user(),
        "spring.datasource.password", "",
        "spring.datasource.hikari.minimum-idle", SMALL_POOL.get("minimum-idle"),
        "spring.datasource.hikari.idle-timeout", SMALL_POOL.get("idle-timeout"))));
  }


  /** oht_test_ and the H2 database's name; a file database also gets a hash of its path. */
  public static String databaseName(String h2Url) {
    String location = h2Url.substring("jdbc:h2:".length()).split(";")[0];
    boolean file = location.startsWith("file:");
    location = location.replaceFirst("^(mem|file):", "");
    String base = location.substring(location.lastIndexOf('/') + 1)
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    String name = "oht_test_" + base;
    if (file) {
      name += "_" + UUID.nameUUIDFromBytes(location.getBytes(StandardCharsets.UTF_8))
          .toString().substring(0, 8);
    }
    return name.length() > 63 ? name.substring(0, 63) : name;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
