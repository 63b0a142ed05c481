package org.ohtpathway.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.ohtpathway.PerformanceDoc;
import org.ohtpathway.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * How fast staff's queries are with many open referrals: Tasklist's filters, opening a task form,
 * each role's caseload page and the case view. Not part of {@code mvn verify}; run it with
 * {@code mvn test -Dtest=StaffQueriesBenchmark -Dsurefire.failIfNoSpecifiedTests=false} on the
 * embedded H2 (add {@code -Doht.test.database=postgres} for a fresh database on the PostgreSQL
 * server, and {@code -Dbenchmark.open-referrals=}, {@code -Dbenchmark.trainers=},
 * {@code -Dbenchmark.query-repeats=} for other sizes). It prints its figures and writes them to
 * docs/performance.md.
 */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/benchmark/staff-queries;DB_CLOSE_ON_EXIT=FALSE",
    "oht.notifications.capture-dir=target/benchmark/mail"})
class StaffQueriesBenchmark extends BenchmarkApplication {

  static {
    // Each run starts on an empty database.
    try (Stream<Path> files = Files.exists(Path.of("target/benchmark"))
        ? Files.list(Path.of("target/benchmark")) : Stream.empty()) {
      for (Path file : files.filter(file -> file.getFileName().toString().matches("staff-queries\\..*db")).toList()) {
        Files.delete(file);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired WebApplicationContext application;
  @Value("${spring.datasource.url}") String url;
  @Value("${benchmark.open-referrals:50000}") int openReferrals;
  @Value("${benchmark.trainers:250}") int trainers;
  @Value("${benchmark.query-repeats:200}") int queryRepeats;

  /** The command line of this run: the options that differ from the defaults. */
  private String command() {
    StringBuilder command = new StringBuilder("mvn test -Dtest=StaffQueriesBenchmark -Dsurefire.failIfNoSpecifiedTests=false");
    if (TestDatabase.postgres()) {
      command.append(" -Doht.test.database=postgres");
    }
    int[] values = {openReferrals, trainers, queryRepeats};
    int[] defaults = {50000, 250, 200};
    String[] names = {"open-referrals", "trainers", "query-repeats"};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != defaults[i]) {
        command.append(" -Dbenchmark.").append(names[i]).append('=').append(values[i]);
      }
    }
    return command.toString();
  }

  @Test
  void staffQueriesOverManyOpenReferrals() throws Exception {
    StaffQueries.Settings settings = new StaffQueries.Settings(openReferrals, trainers, queryRepeats,
        PerformanceDoc.FILE, command());
    new StaffQueries(engine, jdbc, MockMvcBuilders.webAppContextSetup(application).build(), url, settings,
        System.out).run();
  }
}
