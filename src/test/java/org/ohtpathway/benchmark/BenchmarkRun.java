package org.ohtpathway.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.ohtpathway.PerformanceDoc;
import org.ohtpathway.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The pathway benchmark: referrals through the whole pathway in the application and in the bare
 * engine. Prints its figures with a progress bar and writes them into a section of a performance
 * document. (The staff's queries over many open referrals are {@link StaffQueries}'.)
 */
final class BenchmarkRun {

  /**
   * @param referrals referrals taken through the whole pathway, in each engine
   * @param warmUp referrals taken through first, in each engine, and not counted
   * @param queryRepeats times the triage form is timed, on an empty service and with history
   * @param sliceSize the throughput is printed for each slice of this many referrals
   * @param closedReferrals closed referrals in the database when the triage form is timed again
   * @param bareEngineH2 where the bare engine keeps its data on H2
   * @param bareEnginePostgres the database the bare engine gets on PostgreSQL, made afresh
   * @param document the file the figures are written into
   * @param command how to run it again with these settings
   */
  record Settings(int referrals, int warmUp, int queryRepeats, int sliceSize, int closedReferrals,
      String bareEngineH2, String bareEnginePostgres, Path document, String command) {
  }

  /** How one engine did over the same walks. */
  record Throughput(int referrals, double seconds, long transactions, Latencies starts, Latencies completions,
      long peakHeapMegabytes, List<Double> slices, Map<String, Long> statements,
      Map<String, Long> transactionsByTables) {

    double perSecond() {
      return referrals / seconds;
    }

    double transactionsPerReferral() {
      return (double) transactions / referrals;
    }

    double statementsPerReferral(String statement) {
      return (double) statements.getOrDefault(statement, 0L) / referrals;
    }

    double allStatementsPerReferral() {
      return (double) statements.values().stream().mapToLong(Long::longValue).sum() / referrals;
    }

    double transactionsPerReferral(String tables) {
      return (double) transactionsByTables.getOrDefault(tables, 0L) / referrals;
    }
  }

  /** How many of the statements each engine ran most are shown, by kind and table. */
  static final int STATEMENTS_SHOWN = 15;

  /** How many kinds of writing transaction the application ran most are shown, by the tables they write. */
  static final int TRANSACTION_KINDS_SHOWN = 12;

  private final ProcessEngine engine;
  private final CountingDataSource dataSource;
  private final String url;
  private final Settings settings;
  private final PrintStream out;
  private final Runnable betweenBatches;

  BenchmarkRun(ProcessEngine engine, CountingDataSource dataSource, String url, Settings settings, PrintStream out,
      Runnable betweenBatches) {
    this.engine = engine;
    this.dataSource = dataSource;
    this.url = url;
    this.settings = settings;
    this.out = out;
    this.betweenBatches = betweenBatches;
  }

  boolean postgres() {
    return url.startsWith("jdbc:postgresql");
  }

  /**
   * Does what PostgreSQL's autovacuum does on a server run as its defaults say: vacuums (and
   * analyses) each table with more dead rows than 50 and a fifth of its live ones. Some servers
   * (the machines this project's CI runs on) switch autovacuum off; the engine's runtime tables
   * then keep every row an ended referral deleted, and queries read them again: after 2,000 referrals, reading the
   * triage form's variables took 2.1 ms over 42,000 dead rows instead of 0.08 ms. Run through the
   * data source's own pool, so that it is not counted as the engine's; its time counts in the
   * walk's, as autovacuum's work would.
   */
  private void vacuumWhereAutovacuumIsOff(CountingDataSource counted) {
    if (!postgres()) {
      return;
    }
    // VACUUM cannot run in a transaction, and the application's pool hands out connections
    // that start one: this connection commits each statement by itself while it vacuums.
    try (Connection connection = counted.getTargetDataSource().getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        if ("off".equals(jdbc.queryForObject("show autovacuum", String.class))) {
          jdbc.queryForList("select quote_ident(schemaname) || '.' || quote_ident(relname) from pg_stat_user_tables"
              + " where n_dead_tup > 50 + 0.2 * n_live_tup", String.class)
              .forEach(table -> jdbc.execute("vacuum (analyze) " + table));
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Vacuuming the benchmark's database failed", e);
    }
  }

  /** Runs everything, prints the figures and writes them; returns the section written. */
  String run() throws IOException {
    String database = postgres() ? "PostgreSQL" : "H2";
    out.printf(Locale.ROOT, "Pathway benchmark on %s: %,d referrals through the whole pathway in the application"
        + " and in the bare engine%n", database, settings.referrals());
    ApplicationDriver application = new ApplicationDriver(engine);
    HistoryGrowth historyGrowth = new HistoryGrowth(engine, out);
    historyGrowth.referOneToTriage();
    Latencies triageOnEmpty = historyGrowth.timeTriageForm("Triage form, no closed referrals", settings.queryRepeats());
    Throughput ours;
    Throughput bare;
    try (BareEngine bareEngine = new BareEngine(postgres()
        ? TestDatabase.freshDatabase(settings.bareEnginePostgres()) : settings.bareEngineH2(),
        postgres() ? TestDatabase.user() : "sa")) {
      walk("Warming up the application", application, settings.warmUp(), dataSource);
      walk("Warming up the bare engine", bareEngine, settings.warmUp(), bareEngine.counted());
      ours = walk("The application", application, settings.referrals(), dataSource);
      bare = walk("The bare engine", bareEngine, settings.referrals(), bareEngine.counted());
    }
    JdbcTemplate history = new JdbcTemplate(dataSource);
    long closed = historyGrowth.closeUpTo(settings.closedReferrals(), history);
    if (postgres()) {
      history.execute("analyze");
      vacuumWhereAutovacuumIsOff(dataSource);
    }
    Latencies triageWithHistory = historyGrowth.timeTriageForm(String.format(Locale.ROOT,
        "Triage form, %,d closed referrals", closed), settings.queryRepeats());

    String section = section(database, ours, bare, new Growth(triageOnEmpty, triageWithHistory, closed));
    out.println(section);
    PerformanceDoc.replaceSection(settings.document(), name(), section);
    return section;
  }

  private String name() {
    return "pathway-benchmark-" + (postgres() ? "postgresql" : "h2");
  }

  /** The triage form opened on an empty service and on one with {@code closed} closed referrals. */
  private record Growth(Latencies empty, Latencies withHistory, long closed) {
  }

  private Throughput walk(String what, PathwayDriver driver, int referrals, CountingDataSource counted) {
    Latencies starts = new Latencies();
    Latencies completions = new Latencies();
    FullWalk walk = new FullWalk(starts, completions);
    ProgressBar progress = new ProgressBar(out, what, referrals);
    long transactionsBefore = counted.transactions();
    Map<String, Long> statementsBefore = counted.statements();
    Map<String, Long> transactionsByTablesBefore = counted.transactionsByTables();
    long started;
    long ended;
    long peak;
    List<Double> slices = new ArrayList<>();
    try (HeapSampler heap = new HeapSampler()) {
      started = System.nanoTime();
      long sliceStarted = started;
      for (int i = 0; i < referrals; i++) {
        walk.walk(driver);
        progress.step(i + 1);
        if ((i + 1) % settings.sliceSize() == 0) {
          long now = System.nanoTime();
          slices.add(settings.sliceSize() / ((now - sliceStarted) / 1e9));
          sliceStarted = now;
        }
        if ((i + 1) % 100 == 0) {
          betweenBatches.run();
          vacuumWhereAutovacuumIsOff(counted);
        }
      }
      ended = System.nanoTime();
      peak = heap.peakMegabytes();
    }
    return new Throughput(referrals, (ended - started) / 1e9, counted.transactions() - transactionsBefore,
        starts, completions, peak, slices, since(statementsBefore, counted.statements()),
        since(transactionsByTablesBefore, counted.transactionsByTables()));
  }

  /** The counts that grew from one reading of counters to the next, by how much. */
  private static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> grown = new TreeMap<>();
    after.forEach((key, count) -> {
      long run = count - before.getOrDefault(key, 0L);
      if (run > 0) {
        grown.put(key, run);
      }
    });
    return grown;
  }

  /**
   * The application's writing transactions per referral by the application tables each writes
   * (the bare engine writes only the engine's): which steps keep records beside the engine's, and
   * which transactions the application adds of its own (an email's delivery record).
   */
  private static List<String> transactionsTable(Throughput ours, Throughput bare) {
    List<String> lines = tableOpening(String.format(Locale.ROOT, "Database transactions that write, per referral, by"
        + " the application's own tables each writes (besides any of the engine's); the %d kinds the application"
        + " runs most.", TRANSACTION_KINDS_SHOWN), "the application's tables written");
    largestFirst(ours.transactionsByTables(), TRANSACTION_KINDS_SHOWN)
        .forEach(tables -> lines.add(row(tables.equals(CountingDataSource.ENGINE_ONLY) ? tables : "`" + tables + "`",
            "%.1f", ours.transactionsPerReferral(tables), bare.transactionsPerReferral(tables))));
    return lines;
  }

  /**
   * The statements each ran per referral, by kind and the table each names first: every
   * statement, then those the application runs most and those the bare engine runs most.
   */
  private static List<String> statementsTable(Throughput ours, Throughput bare) {
    Set<String> shown = new LinkedHashSet<>();
    for (Throughput engine : List.of(ours, bare)) {
      largestFirst(engine.statements(), STATEMENTS_SHOWN).forEach(shown::add);
    }
    List<String> lines = tableOpening(String.format(Locale.ROOT, "Statements run per referral (each execution, and"
        + " each row of a batch), by their kind and the table each names first: all of them, then the %d each"
        + " engine runs most.", STATEMENTS_SHOWN), "statements");
    lines.add(row("All statements", "%.1f", ours.allStatementsPerReferral(), bare.allStatementsPerReferral()));
    shown.stream()
        .sorted(Comparator.comparingDouble(ours::statementsPerReferral).reversed()
            .thenComparing(Comparator.naturalOrder()))
        .forEach(statement -> lines.add(row("`" + statement + "`", "%.1f", ours.statementsPerReferral(statement),
            bare.statementsPerReferral(statement))));
    return lines;
  }

  /** A table's opening lines: a blank line, what it counts, and its header for both engines. */
  private static List<String> tableOpening(String counts, String firstColumn) {
    return new ArrayList<>(List.of("", counts, "", "| " + firstColumn + " | the application | the bare engine |",
        "|---|---:|---:|"));
  }

  /** The keys of the largest counts, largest first (equal counts by key), at most {@code limit}. */
  private static Stream<String> largestFirst(Map<String, Long> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).map(Map.Entry::getKey);
  }

  private String section(String database, Throughput ours, Throughput bare, Growth growth) {
    String databaseDetail = postgres()
        ? "PostgreSQL " + new JdbcTemplate(dataSource).queryForObject("show server_version", String.class)
        : "H2 (file, embedded)";
    double overhead = bare.perSecond() / ours.perSecond();
    List<String> lines = new ArrayList<>();
    lines.add(PerformanceDoc.startMarker(name()));
    lines.add("## The pathway on " + database);
    lines.add("");
    lines.add(String.format(Locale.ROOT, "Measured on %s, %s. %,d referrals taken one after another through the"
        + " whole pathway (allocation, first contact, assessment, a plan of %d sessions, the sessions with an"
        + " onward referral and its follow-up when its timer fires, review, exit, exit summary and its receipt;"
        + " %d tasks each), after %,d to warm up; due jobs (eligibility, timers, emails to an SMTP server) run"
        + " after each step, and the engine clock is moved %d days for the follow-up.",
        PerformanceDoc.machine(), databaseDetail, ours.referrals(), FullWalk.PLANNED_SESSIONS,
        ours.completions().count() / ours.referrals(), settings.warmUp(), FullWalk.UNTIL_FOLLOW_UP.toDays()));
    lines.add("");
    lines.add("| figure | the application | the bare engine |");
    lines.add("|---|---:|---:|");
    lines.add(row("Referrals completed per second", "%.2f", ours.perSecond(), bare.perSecond()));
    lines.add(row("Database transactions that write, per referral", "%.1f", ours.transactionsPerReferral(),
        bare.transactionsPerReferral()));
    for (double percentile : new double[] {50, 95, 99}) {
      lines.add(String.format(Locale.ROOT, "| Start a referral, p%.0f | %s | %s |", percentile,
          Latencies.millis(ours.starts().percentile(percentile)), Latencies.millis(bare.starts().percentile(percentile))));
    }
    for (double percentile : new double[] {50, 95, 99}) {
      lines.add(String.format(Locale.ROOT, "| Complete a task, p%.0f | %s | %s |", percentile,
          Latencies.millis(ours.completions().percentile(percentile)),
          Latencies.millis(bare.completions().percentile(percentile))));
    }
    lines.add(String.format(Locale.ROOT, "| Peak heap in use | %,d MB | %,d MB |", ours.peakHeapMegabytes(),
        bare.peakHeapMegabytes()));
    lines.add("");
    lines.add(String.format(Locale.ROOT, "Our overhead over the bare engine: **%.2f×** the time per referral"
        + " (target: at most 1.3×). The bare engine is Camunda alone with the same BPMN file, every delegate and"
        + " listener a no-op, no authorization checks, completing tasks with the gateways' variables only; the"
        + " application adds the forms' validation, the records of every step, the decision tables, the"
        + " working-day deadlines, authorizations, the audit log and the emails.", overhead));
    lines.addAll(statementsTable(ours, bare));
    lines.addAll(transactionsTable(ours, bare));
    lines.add("");
    lines.add(String.format(Locale.ROOT, "Referrals completed per second, each slice of %,d in turn (target: the"
        + " last within 10%% of the first):", settings.sliceSize()));
    lines.add("");
    lines.add("| referrals | the application | the bare engine |");
    lines.add("|---|---:|---:|");
    for (int i = 0; i < ours.slices().size(); i++) {
      lines.add(String.format(Locale.ROOT, "| %,d to %,d | %.2f | %s |", i * settings.sliceSize() + 1,
          (i + 1) * settings.sliceSize(), ours.slices().get(i),
          i < bare.slices().size() ? String.format(Locale.ROOT, "%.2f", bare.slices().get(i)) : ""));
    }
    if (!ours.slices().isEmpty()) {
      List<Double> slices = ours.slices();
      lines.add("");
      lines.add(String.format(Locale.ROOT, "The application's last slice against its first: **%+.1f%%**.",
          (slices.get(slices.size() - 1) / slices.get(0) - 1) * 100));
    }
    lines.add("");
    lines.add(String.format(Locale.ROOT, "Opening a triage form (every trainer's open caseload), as a coordinator,"
        + " timed %,d times a round, in rounds until a round's median is within %.0f%% of the round before's"
        + " (the last round's figures; target: with history within 20%% of without):", growth.empty().count(),
        HistoryGrowth.SETTLED * 100));
    lines.add("");
    lines.add("| closed referrals in the database | p50 | p95 |");
    lines.add("|---|---:|---:|");
    lines.add(String.format(Locale.ROOT, "| none | %s | %s |", Latencies.millis(growth.empty().percentile(50)),
        Latencies.millis(growth.empty().percentile(95))));
    lines.add(String.format(Locale.ROOT, "| %,d (all the same trainer's) | %s | %s |", growth.closed(),
        Latencies.millis(growth.withHistory().percentile(50)), Latencies.millis(growth.withHistory().percentile(95))));
    lines.add("");
    lines.add(String.format(Locale.ROOT, "With history against without, at the median: **%+.1f%%**.",
        (growth.withHistory().percentile(50) / growth.empty().percentile(50) - 1) * 100));
    lines.add("");
    lines.add("Run it again with `" + settings.command() + "`.");
    lines.add(PerformanceDoc.endMarker(name()));
    return String.join("\n", lines) + "\n";
  }

  private static String row(String figure, String format, double ours, double bare) {
    return String.format(Locale.ROOT, "| %s | " + format + " | " + format + " |", figure, ours, bare);
  }
}
