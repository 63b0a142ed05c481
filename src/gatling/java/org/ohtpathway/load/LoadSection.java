package org.ohtpathway.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the last load test run's figures (Gatling's statistics table: count, errors, p50, p95,
 * p99 and max per request kind) into {@code docs/performance.md}, between
 * {@code <!-- load-http:start -->} and {@code <!-- load-http:end -->}, with the date, the machine,
 * the command and the staff. Run from the project's folder after the simulation:
 * {@code java src/gatling/java/org/ohtpathway/load/LoadSection.java} (the source launcher: it
 * needs nothing but the JDK, and RunRecord's file).
 */
public final class LoadSection {

  static final String START = "<!-- load-http:start -->";
  static final String END = "<!-- load-http:end -->";
  /** What follows this line in the section is written by hand (what the figures mean) and kept. */
  static final String NOTES = "<!-- load-http:notes -->";
  static final long TARGET_P95_MS = 300;
  static final String COMMAND = "mvn -Pload test-compile gatling:test -Dload.baseUrl=http://localhost:18080";

  private static final Pattern ROW = Pattern.compile(
      "<tr id=\"(req_[^\"]+)\" data-parent=\"ROOT\"\\s*>.*?class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>",
      Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

  record Kind(String name, long total, long ko, double perSecond, long p50, long p95, long p99, long max) {
  }

  public static void main(String[] args) throws IOException {
    Path report = newestReport(Path.of("target", "gatling"));
    List<Kind> kinds = kinds(Files.readString(report.resolve("index.html")));
    Properties run = readRun(Path.of("target", "gatling", "last-run.properties"));
    Path doc = Path.of("docs", "performance.md");
    String text = Files.readString(doc);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String notes = "";
    if (start >= 0 && end > start && text.substring(start, end).contains(NOTES)) {
      notes = text.substring(text.indexOf(NOTES, start), end);
    }
    String section = section(kinds, run, report.getFileName().toString(), notes);
    String updated = start >= 0 && end > start
        ? text.substring(0, start) + section + text.substring(end + END.length())
        : text.stripTrailing() + "\n\n" + section + "\n";
    Files.writeString(doc, updated);
    System.out.println(section);
  }

  static Path newestReport(Path folder) throws IOException {
    try (Stream<Path> runs = Files.list(folder)) {
      return runs.filter(path -> Files.exists(path.resolve("index.html")))
          .max(Comparator.comparing(path -> path.getFileName().toString().replaceAll("^.*-", "")))
          .orElseThrow(() -> new IllegalStateException("No Gatling report under " + folder + ": run the simulation first"));
    }
  }

  static List<Kind> kinds(String html) {
    List<Kind> kinds = new ArrayList<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      String[] cells = new String[15];
      Matcher cell = CELL.matcher(row.group(3));
      while (cell.find()) {
        cells[Integer.parseInt(cell.group(1))] = cell.group(2).trim();
      }
      kinds.add(new Kind(unescape(row.group(2)), number(cells[2]), number(cells[4]), Double.parseDouble(cells[6]),
          number(cells[8]), number(cells[10]), number(cells[11]), number(cells[12])));
    }
    if (kinds.isEmpty()) {
      throw new IllegalStateException("The Gatling report has no statistics table this tool can read");
    }
    return kinds;
  }

  static String section(List<Kind> kinds, Properties run, String reportName, String notes) {
    long total = kinds.stream().mapToLong(Kind::total).sum();
    long errors = kinds.stream().mapToLong(Kind::ko).sum();
    double perSecond = kinds.stream().mapToDouble(Kind::perSecond).sum();
    List<Kind> missed = kinds.stream().filter(kind -> kind.p95() >= TARGET_P95_MS).toList();
    Instant started = Instant.parse(run.getProperty("started", Instant.now().toString()));
    Instant ended = Instant.parse(run.getProperty("ended", started.toString()));
    StringBuilder out = new StringBuilder(START).append('\n');
    out.append("## Load over HTTP: a working day of a region's staff\n\n");
    out.append("`src/gatling/java/org/ohtpathway/load/WorkingDaySimulation` (Gatling, `-Pload`; how to run it: ")
        .append("`docs/operations.md`, *Load test*). Measured on ").append(LocalDate.ofInstant(started, ZoneOffset.UTC))
        .append(", ").append(Duration.between(started, ended).toMinutes()).append(" minutes from ")
        .append(started.toString(), 11, 16).append(" UTC, on ").append(machine()).append(", against the application ")
        .append("started as the README says (`mvn spring-boot:run`, the demo profile, H2 in `./data/`) at ")
        .append(run.getProperty("baseUrl", "?")).append(". Command: `").append(COMMAND).append("`.\n\n");
    out.append("**").append(run.getProperty("staff", "?")).append(" staff online**: ")
        .append(run.getProperty("staff.practitioner", "?")).append(" probation practitioners, ")
        .append(run.getProperty("staff.trainer", "?")).append(" Health Trainers, ")
        .append(run.getProperty("staff.coordinator", "?")).append(" coordinators and ")
        .append(run.getProperty("staff.manager", "?")).append(" service managers, arriving over ")
        .append(run.getProperty("rampSeconds", "?")).append(" s and then working for ")
        .append(run.getProperty("minutes", "?")).append(" minutes with staff's think times (Tasklist refreshing ")
        .append("its list every 10 s meanwhile): **").append(total).append(" requests, ")
        .append(String.format("%.1f", perSecond)).append(" a second, ").append(errors).append(" errors**. ")
        .append("Load average (1, 5, 15 minutes) before the run ").append(run.getProperty("loadAverageBefore", "?"))
        .append(", after it ").append(run.getProperty("loadAverageAfter", "?"))
        .append(" (the application and Gatling share the machine; so did any other work on it). Gatling's report: `target/gatling/")
        .append(reportName).append("/index.html`.\n\n");
    out.append("| request kind | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Kind kind : kinds) {
      out.append("| ").append(kind.name()).append(" | ").append(kind.total()).append(" | ").append(kind.ko())
          .append(" | ").append(kind.p50()).append(" | ")
          .append(kind.p95() >= TARGET_P95_MS ? "**" + kind.p95() + "**" : String.valueOf(kind.p95()))
          .append(" | ").append(kind.p99()).append(" | ").append(kind.max()).append(" |\n");
    }
    out.append('\n').append("Targets: no errors (").append(errors == 0 ? "met" : "missed: " + errors)
        .append("); p95 under ").append(TARGET_P95_MS).append(" ms for every kind (")
        .append(missed.isEmpty() ? "met" : missed.size() == kinds.size() ? "missed by every kind"
            : "missed by " + String.join(", ", missed.stream().map(Kind::name).toList()))
        .append(").\n");
    if (!notes.isEmpty()) {
      out.append('\n').append(notes);
    }
    return out.append(END).toString();
  }

  private static String machine() {
    int cores = Runtime.getRuntime().availableProcessors();
    String cpu = "";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
          .findFirst().map(line -> line.replaceAll("^[^:]*:\\s*", "") + ", ").orElse("");
    } catch (IOException e) {
      // not Linux: the core count says enough
    }
    return cpu + cores + " cores, Java " + Runtime.version().feature() + ", " + System.getProperty("os.name");
  }

  private static Properties readRun(Path file) throws IOException {
    Properties run = new Properties();
    if (Files.exists(file)) {
      try (var in = Files.newInputStream(file)) {
        run.load(in);
      }
    }
    return run;
  }

  private static long number(String cell) {
    return cell == null || cell.equals("-") ? 0 : Math.round(Double.parseDouble(cell));
  }

  private static String unescape(String html) {
    return html.replace("&#39;", "'").replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&");
  }
}
