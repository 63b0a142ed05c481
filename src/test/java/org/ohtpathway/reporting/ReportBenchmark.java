package org.ohtpathway.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.ohtpathway.PerformanceDoc;
import org.ohtpathway.ReferralCopier;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the service report and the exports take over 100,000 completed referrals. Not part
 * of {@code mvn verify}; run it with
 * {@code mvn test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dbenchmark.referrals=...} for another size, or
 * {@code -Dbenchmark.url=jdbc:postgresql://127.0.0.1:5432/oht_benchmark -Dbenchmark.username=postgres}
 * for PostgreSQL; {@code -Dbenchmark.reuse=true} times the data an earlier run left;
 * {@code -Dtest.heap=4g} runs it with more heap than the tests' 1 GB, which H2 needs at this size).
 * It prints its figures and writes them to docs/performance.md.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=${benchmark.url:jdbc:h2:file:./target/benchmark/oht-pathway;DB_CLOSE_ON_EXIT=FALSE}",
    "spring.datasource.username=${benchmark.username:sa}",
    "spring.datasource.password=${benchmark.password:}",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true",
    "oht.notifications.capture-dir=target/captured-mail/benchmark"})
class ReportBenchmark {

  @Autowired ProcessEngine engine;
  @Autowired ReferralService referrals;
  @Autowired JdbcTemplate jdbc;
  @Autowired ServiceReports reports;
  @Autowired PerformanceDataset performance;
  @Autowired EventLog events;
  @Autowired ReportsProperties properties;
  @Autowired ObjectMapper json;
  @Value("${benchmark.referrals:100000}") int size;
  @Value("${benchmark.reuse:false}") boolean reuse;
  @Value("${spring.datasource.url}") String url;

  @Test
  void timeTheReportAndTheExports() throws Exception {
    boolean postgres = url.startsWith("jdbc:postgresql");
    boolean reused = reuse && jdbc.queryForObject("select count(*) from referral", Integer.class) >= size;
    long rows = 0;
    double copySeconds = 0;
    if (!reused) {
      ReportFixture fixture = ReportFixture.march(engine, referrals);
      List<Long> templates = List.of("R1", "R2", "R3", "R4", "R5", "R6", "R7").stream().map(fixture::id).toList();
      long started = System.nanoTime();
      rows = new ReferralCopier(jdbc).copy(templates, size);
      if (postgres) {
        // After a bulk load, as a database administrator would (autovacuum would, later).
        jdbc.execute("analyze");
      }
      copySeconds = (System.nanoTime() - started) / 1e9;
    }
    int received = jdbc.queryForObject("select count(*) from referral", Integer.class);
    long activities = jdbc.queryForObject("select count(*) from ACT_HI_ACTINST", Long.class);
    System.out.printf(Locale.ROOT, "Copied %,d rows for %,d referrals in %.1f s%n", rows, size, copySeconds);

    ReportPeriod all = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    Pseudonyms pseudonyms = new Pseudonyms(properties.pseudonymKey());
    List<String[]> results = new ArrayList<>();
    long[] counted = new long[1];
    results.add(time("Service report (JSON)", () -> {
      ServiceReport report = reports.report(all);
      counted[0] = report.referralsReceived();
      return (long) json.writeValueAsBytes(report).length;
    }));
    long reported = counted[0];
    results.add(time("Performance dataset (CSV)", () -> {
      Counting out = new Counting();
      performance.write(all, pseudonyms, out);
      return out.bytes;
    }));
    results.add(time("Event log (CSV)", () -> {
      Counting out = new Counting();
      events.writeCsv(all, pseudonyms, out);
      return out.bytes;
    }));
    results.add(time("Event log (XES)", () -> {
      Counting out = new Counting();
      events.writeXes(all, pseudonyms, out);
      return out.bytes;
    }));

    String database = postgres ? "PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
        : "H2 (file, embedded)";
    String name = "report-benchmark-" + (postgres ? "postgresql" : "h2");
    StringBuilder section = new StringBuilder();
    section.append(PerformanceDoc.startMarker(name)).append("\n## Service report and exports on ").append(postgres ? "PostgreSQL" : "H2")
        .append("\n\n");
    section.append(String.format(Locale.ROOT, "Measured on %s with %,d referrals in the period (%,d copies of seven"
        + " real referrals taken through the engine, every end state; %,d activity instances in the engine's"
        + " history), %s. Each is run three times: the first run on a cold cache, then the best of the next"
        + " two.%n%n", PerformanceDoc.machine(), reported, size, activities, database));
    section.append("| what | first run | best of two more | size |\n|---|---:|---:|---:|\n");
    for (String[] result : results) {
      section.append("| ").append(String.join(" | ", result)).append(" |\n");
    }
    String generated = reused ? "The data were generated by an earlier run (`-Dbenchmark.reuse=true`)"
        : String.format(Locale.ROOT, "Generating the data (%,d rows) took %.0f s", rows, copySeconds);
    section.append(String.format(Locale.ROOT, "%n%s; the database then took %,.1f GB on disk. Run it again with"
        + " `mvn test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false%s%s` (on an empty database; add"
        + " `-Dbenchmark.reuse=true` to time the data of the last run again).%n", generated,
        databaseBytes(postgres) / 1e9, postgres
            ? " -Dbenchmark.url=jdbc:postgresql://127.0.0.1:5432/oht_benchmark -Dbenchmark.username=postgres" : "",
        PerformanceDoc.heapOption()));
    section.append(PerformanceDoc.endMarker(name)).append("\n");
    System.out.println(section);
    PerformanceDoc.replaceSection(PerformanceDoc.FILE, name, section.toString());
    if (received < size) {
      throw new IllegalStateException("Only " + received + " referrals were written");
    }
  }

  private static String[] time(String what, Callable<Long> work) throws Exception {
    long start = System.nanoTime();
    long size = work.call();
    double first = (System.nanoTime() - start) / 1e9;
    double best = Double.MAX_VALUE;
    for (int run = 0; run < 2; run++) {
      start = System.nanoTime();
      work.call();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    System.out.printf(Locale.ROOT, "%s: first %.2f s, best %.2f s, %,d bytes%n", what, first, best, size);
    return new String[] {what, String.format(Locale.ROOT, "%.2f s", first), String.format(Locale.ROOT, "%.2f s", best),
        size < 1_000_000 ? String.format(Locale.ROOT, "%,.1f kB", size / 1e3)
            : String.format(Locale.ROOT, "%,.1f MB", size / 1e6)};
  }

  /** The database's size on disk: the H2 file, or PostgreSQL's own figure. */
  private long databaseBytes(boolean postgres) throws IOException {
    if (postgres) {
      return jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
    }
    String file = url.substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db";
    return Files.size(Path.of(file));
  }

  /** Counts what is written, and keeps none of it. */
  static final class Counting extends Writer {
    long bytes;

    @Override
    public void write(char[] buffer, int offset, int length) {
      bytes += new String(buffer, offset, length).getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  }
}
