package org.ohtpathway.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.ohtpathway.PerformanceDoc;
import org.ohtpathway.progress.CaseProgress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The staff queries benchmark: many open referrals loaded into the application's database, then
 * each query staff wait on timed as the logged-in user. Prints its figures with a progress bar
 * and writes them into a section of a performance document.
 */
final class StaffQueries {

  /** The target every query is held to. */
  static final double TARGET_MILLIS = 100;

  /**
   * @param openReferrals open referrals in the database when the queries are timed
   * @param trainers Health Trainers the open referrals are allocated among
   * @param queryRepeats times each query is timed
   * @param reuse whether to time the queries on the open referrals an earlier run loaded, if they are there
   * @param document the file the figures are written into
   * @param command how to run it again with these settings
   */
  record Settings(int openReferrals, int trainers, int queryRepeats, boolean reuse, Path document, String command) {
  }

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final MockMvc web;
  private final String url;
  private final Settings settings;
  private final PrintStream out;
  private final CaseProgress caseProgress;

  StaffQueries(ProcessEngine engine, JdbcTemplate jdbc, WebApplicationContext application, String url, Settings settings,
      PrintStream out) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.web = MockMvcBuilders.webAppContextSetup(application).build();
    this.caseProgress = application.getBean(CaseProgress.class);
    this.url = url;
    this.settings = settings;
    this.out = out;
  }

  private boolean postgres() {
    return url.startsWith("jdbc:postgresql");
  }

  /** Loads the open referrals, times the queries, prints the figures and writes them; returns the section. */
  String run() throws IOException {
    String database = postgres() ? "PostgreSQL" : "H2";
    out.printf(Locale.ROOT, "Staff queries benchmark on %s: %,d open referrals among %,d Health Trainers%n", database,
        settings.openReferrals(), settings.trainers());
    OpenReferrals open = new OpenReferrals(engine, out);
    boolean reused = settings.reuse() && open.openTasks() >= settings.openReferrals();
    long rows = 0;
    double loadSeconds = 0;
    if (!reused) {
      List<String> trainers = open.addTrainers(settings.trainers());
      long started = System.nanoTime();
      rows = open.load(settings.openReferrals(), trainers, jdbc);
      // The copies were written past the read model's own updates: count the trainers' caseloads.
      caseProgress.recountCaseloads();
      loadSeconds = (System.nanoTime() - started) / 1e9;
    }
    if (postgres() && !reused) {
      // After a bulk load, as a database administrator would (autovacuum would, later).
      jdbc.execute("analyze");
    }
    long openTasks = open.openTasks();
    String loadBefore = loadAverage();
    Map<String, Latencies> queries = open.time(settings.queryRepeats(), web, jdbc);
    String load = "the machine's load average " + loadBefore + " as the timing began, " + loadAverage()
        + " as it ended";
    String loaded = reused ? "loaded by an earlier run" : String.format(Locale.ROOT, "%,d rows in %.0f s", rows,
        loadSeconds);
    String section = section(database, openTasks, loaded, queries, load);
    out.println(section);
    PerformanceDoc.replaceSection(settings.document(), name(), section);
    return section;
  }

  private String name() {
    return "staff-queries-" + (postgres() ? "postgresql" : "h2");
  }

  /** The one-minute load average (runnable processes), where Linux reports it: other work on the machine shows here. */
  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private String section(String database, long openTasks, String loaded, Map<String, Latencies> queries,
      String load) {
    String databaseDetail = postgres()
        ? "PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
        : "H2 (file, embedded)";
    List<String> lines = new ArrayList<>();
    lines.add(PerformanceDoc.startMarker(name()));
    lines.add("## Staff queries on " + database);
    lines.add("");
    lines.add(String.format(Locale.ROOT, "Measured on %s, %s; %s. %,d open referrals (%,d open tasks; one in %d"
        + " waiting for allocation, the rest allocated among %,d Health Trainers and awaiting first contact: %d taken"
        + " through the application, then copied row by row with their cases in the read model, %s%s),"
        + " each query timed %,d times as the logged-in user, with authorization checks, after %d to warm up"
        + " (target: p95 under %.0f ms):", PerformanceDoc.machine(), databaseDetail,
        load, settings.openReferrals(), openTasks,
        OpenReferrals.UNALLOCATED_EVERY, settings.trainers(), OpenReferrals.UNALLOCATED_EVERY, loaded,
        postgres() ? ", tables then analysed" : "", settings.queryRepeats(), Math.max(3, settings.queryRepeats() / 10),
        TARGET_MILLIS));
    lines.add("");
    lines.add("| query | p50 | p95 | p99 |");
    lines.add("|---|---:|---:|---:|");
    queries.forEach((query, latencies) -> lines.add(String.format(Locale.ROOT, "| %s | %s | %s | %s |", query,
        Latencies.millis(latencies.percentile(50)), Latencies.millis(latencies.percentile(95)),
        Latencies.millis(latencies.percentile(99)))));
    lines.add("");
    lines.add("Run it again with `" + settings.command() + "`.");
    lines.add(PerformanceDoc.endMarker(name()));
    return String.join("\n", lines) + "\n";
  }
}
