package org.ohtpathway.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.ohtpathway.PerformanceDoc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * How fast referrals go through the whole pathway, against the engine on its own (staff's queries
 * with many open referrals are {@link StaffQueriesBenchmark}'s). Not part of {@code mvn verify};
 * run it with {@code mvn test -Dtest=PathwayBenchmark -Dsurefire.failIfNoSpecifiedTests=false} on
 * the embedded H2 (add {@code -Doht.test.database=postgres} for fresh databases on the PostgreSQL
 * server at 127.0.0.1:5432, and {@code -Dbenchmark.referrals=} for other sizes). It prints its
 * figures and writes them to docs/performance.md.
 */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/benchmark/pathway-benchmark;DB_CLOSE_ON_EXIT=FALSE",
    "oht.notifications.capture-dir=target/benchmark/mail"})
class PathwayBenchmark extends BenchmarkApplication {

  static {
    // Each run starts on empty databases.
    try (Stream<Path> files = Files.exists(Path.of("target/benchmark"))
        ? Files.list(Path.of("target/benchmark")) : Stream.empty()) {
      for (Path file : files.filter(file -> file.getFileName().toString().matches("(pathway-benchmark|bare-engine)\\..*db")).toList()) {
        Files.delete(file);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Value("${spring.datasource.url}") String url;
  @Value("${benchmark.referrals:2000}") int referrals;
  @Value("${benchmark.warm-up:100}") int warmUp;
  @Value("${benchmark.query-repeats:200}") int queryRepeats;
  @Value("${benchmark.slice:500}") int slice;
  @Value("${benchmark.closed-referrals:10000}") int closedReferrals;

  /** The command line of this run: the options that differ from the defaults. */
  private String command() {
    return PerformanceDoc.command("PathwayBenchmark", "",
        new String[] {"referrals", "warm-up", "query-repeats", "slice", "closed-referrals"},
        new int[] {referrals, warmUp, queryRepeats, slice, closedReferrals}, new int[] {2000, 100, 200, 500, 10000});
  }

  @Test
  void referralsThroughTheWholePathwayAndTheTriageFormAsHistoryGrows() throws Exception {
    BenchmarkRun.Settings settings = new BenchmarkRun.Settings(referrals, warmUp, queryRepeats, slice,
        closedReferrals, "jdbc:h2:file:./target/benchmark/bare-engine;DB_CLOSE_ON_EXIT=FALSE",
        "oht_benchmark_bare_engine",
        PerformanceDoc.FILE, command());
    new BenchmarkRun(engine, (CountingDataSource) dataSource, url, settings, System.out,
        BenchmarkApplication::emptyMailboxes).run();
  }
}
