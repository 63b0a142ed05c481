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
import org.springframework.web.context.WebApplicationContext;

/**
 * How fast staff's queries are with many open referrals: Tasklist's filters, opening a task form,
 * each role's caseload page and the case view. Not part of {@code mvn verify}; run it with
 * {@code mvn test -Dtest=StaffQueriesBenchmark -Dsurefire.failIfNoSpecifiedTests=false} on the
 * embedded H2 (add {@code -Doht.test.database=postgres} for a fresh database on the PostgreSQL
 * server, and {@code -Dbenchmark.open-referrals=}, {@code -Dbenchmark.trainers=},
 * {@code -Dbenchmark.query-repeats=} for other sizes; {@code -Dbenchmark.reuse=true} times the
 * queries again on the database the last run loaded, after a change to the application). It
 * prints its figures and writes them to docs/performance.md.
 */
@TestPropertySource(properties = {
    "spring.datasource.url=" + StaffQueriesBenchmark.H2_URL,
    "oht.notifications.capture-dir=target/benchmark/mail"})
class StaffQueriesBenchmark extends BenchmarkApplication {

  static final String H2_URL = "jdbc:h2:file:./target/benchmark/staff-queries;DB_CLOSE_ON_EXIT=FALSE";

  static {
    // Each run starts on an empty database, unless it is to time the queries again on the last one's.
    if (Boolean.getBoolean("benchmark.reuse")) {
      System.setProperty(TestDatabase.KEEP, TestDatabase.databaseName(H2_URL));
    }
    try (Stream<Path> files = Files.exists(Path.of("target/benchmark"))
        ? Files.list(Path.of("target/benchmark")) : Stream.empty()) {
      for (Path file : files.filter(file -> !Boolean.getBoolean("benchmark.reuse"))
          .filter(file -> file.getFileName().toString().matches("staff-queries\\..*db")).toList()) {
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
  @Value("${benchmark.reuse:false}") boolean reuse;

  /** The command line of this run: the options that differ from the defaults. */
  private String command() {
    return PerformanceDoc.command("StaffQueriesBenchmark", reuse ? " -Dbenchmark.reuse=true" : "",
        new String[] {"open-referrals", "trainers", "query-repeats"}, new int[] {openReferrals, trainers, queryRepeats},
        new int[] {50000, 250, 200});
  }

  @Test
  void staffQueriesOverManyOpenReferrals() throws Exception {
    StaffQueries.Settings settings = new StaffQueries.Settings(openReferrals, trainers, queryRepeats, reuse,
        PerformanceDoc.FILE, command());
    new StaffQueries(engine, jdbc, application, url, settings,
        System.out).run();
  }
}
