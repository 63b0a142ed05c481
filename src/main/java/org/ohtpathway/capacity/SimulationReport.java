package org.ohtpathway.capacity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.ohtpathway.capacity.Scenario.Work;
import org.ohtpathway.progress.EndState;

/** A simulation's results as files: a CSV with a row per working day, and an HTML page with charts. */
final class SimulationReport {

  private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
      "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

  /** Chart.js, as the service report serves it (its webjar), written beside the page. */
  static final String CHART_SCRIPT = "chart.umd.js";

  private SimulationReport() {
  }

  private static Resource chartScript() throws IOException {
    Resource[] found = new PathMatchingResourcePatternResolver()
        .getResources("classpath*:META-INF/resources/webjars/chart.js/*/dist/chart.umd.js");
    if (found.length == 0) {
      throw new IOException("Chart.js (the webjar org.webjars.npm:chart.js) is not on the classpath");
    }
    return found[0];
  }

  /** Writes capacity.csv, capacity.html and the charting script into {@code folder}; returns the three files. */
  static List<Path> write(SimulationResult result, Path folder) throws IOException {
    Files.createDirectories(folder);
    Path csv = folder.resolve("capacity.csv");
    Path html = folder.resolve("capacity.html");
    Files.writeString(csv, csv(result), StandardCharsets.UTF_8);
    Files.writeString(html, html(result), StandardCharsets.UTF_8);
    Path script = folder.resolve(CHART_SCRIPT);
    try (InputStream chartJs = chartScript().getInputStream()) {
      Files.copy(chartJs, script, StandardCopyOption.REPLACE_EXISTING);
    }
    return List.of(csv, html, script);
  }

  static String csv(SimulationResult result) {
    StringBuilder out = new StringBuilder("date,arrived,open_referrals,awaiting_allocation");
    for (Work work : Work.values()) {
      out.append(",queue_").append(work.option);
    }
    out.append(",overdue_tasks");
    for (int i = 1; i <= result.scenario().trainers(); i++) {
      out.append(String.format(",caseload_trainer_%02d", i));
    }
    out.append('\n');
    for (SimulationResult.Day day : result.days()) {
      out.append(day.date()).append(',').append(day.arrived()).append(',').append(day.open()).append(',')
          .append(day.awaitingAllocation());
      for (Work work : Work.values()) {
        out.append(',').append(day.queue().get(work));
      }
      out.append(',').append(day.overdue());
      day.caseload().forEach(caseload -> out.append(',').append(caseload));
      out.append('\n');
    }
    return out.toString();
  }

  /** The summary printed at the end of a run. */
  static String summary(SimulationResult result) {
    StringBuilder out = new StringBuilder();
    Scenario scenario = result.scenario();
    out.append(String.format(Locale.ROOT, "%d months of %d referrals a month with %d trainers (%.1f hours a day each),"
        + " simulated in %.1f s%n", scenario.months(), scenario.referralsPerMonth(), scenario.trainers(),
        scenario.hoursPerDay(), result.seconds()));
    out.append(String.format(Locale.ROOT, "Referrals: %,d; still open at the end: %,d%n", result.referrals(),
        result.stillOpen()));
    for (Map.Entry<EndState, Long> end : result.endStates().entrySet()) {
      out.append(String.format(Locale.ROOT, "  %-12s %,d%n", end.getKey().label(), end.getValue()));
    }
    out.append("Deadlines met:\n");
    for (SimulationResult.Deadline deadline : result.deadlines()) {
      out.append(String.format(Locale.ROOT, "  %-28s %s (%,d of %,d)%n", deadline.label(),
          deadline.percentMet() == null ? "-" : deadline.percentMet() + "%", deadline.met(), deadline.due()));
    }
    out.append(String.format(Locale.ROOT, "Reminders and escalations the pathway would have sent: %,d%n",
        reminders(result)));
    out.append(String.format(Locale.ROOT, "Caseload per trainer: %.1f on average, %d at most%n",
        result.averageCaseload(), result.peakCaseload()));
    out.append("Work queues up most at: ").append(longestQueue(result)).append('\n');
    return out.toString();
  }

  private static String longestQueue(SimulationResult result) {
    double waiting = result.averageQueues().get(result.longestQueue());
    return waiting == 0 ? "nowhere: no task waited for a trainer"
        : String.format(Locale.ROOT, "%s (%.1f tasks waiting on an average day)", result.longestQueue().option, waiting);
  }

  private static long reminders(SimulationResult result) {
    return result.notifications().entrySet().stream()
        .filter(event -> event.getKey().endsWith("-reminder") || event.getKey().endsWith("-escalation"))
        .mapToLong(Map.Entry::getValue).sum();
  }

  static String html(SimulationResult result) {
    int[] charts = {0};
    Scenario scenario = result.scenario();
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>OHT Pathway capacity simulation"
        + "</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:1000px}table{border-collapse:collapse;"
        + "margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child"
        + "{text-align:left}.chart{background:#fafafa;border:1px solid #ddd;padding:8px;margin:1em 0}</style>"
        + "</head><body>\n");
    out.append("<h1>Capacity simulation</h1>\n<p>").append(escape(summary(result).lines().findFirst().orElse("")))
        .append(". The pathway model and decision tables of this version of OHT Pathway, run in simulated time;"
            + " seed ").append(scenario.seed()).append(", from ").append(scenario.start()).append(".</p>\n");
    out.append("<h2>Scenario</h2>\n<table>");
    row(out, "Referrals a month", scenario.referralsPerMonth());
    row(out, "Months", scenario.months());
    row(out, "Health Trainers", scenario.trainers());
    row(out, "Hours a working day on the pathway, each", scenario.hoursPerDay());
    row(out, "Allocations a working day (coordinators)", scenario.allocationsPerDay());
    row(out, "Planned sessions; working days between them", scenario.plannedSessions() + "; " + scenario.sessionGap());
    for (Work work : Work.values()) {
      row(out, "Minutes: " + work.option, scenario.minutes().get(work));
    }
    for (Map.Entry<Scenario.Path, Double> share : new java.util.TreeMap<>(scenario.shares()).entrySet()) {
      row(out, "Share: " + share.getKey().option, String.format(Locale.ROOT, "%.2f", share.getValue()));
    }
    row(out, "Share referred on to a service", String.format(Locale.ROOT, "%.2f", scenario.onwardReferrals()));
    out.append("</table>\n<h2>End states</h2>\n<table><tr><th>end state</th><th>referrals</th></tr>");
    result.endStates().forEach((state, count) -> row(out, state.label(), count));
    row(out, "Still open at the end", result.stillOpen());
    row(out, "All referrals", result.referrals());
    out.append("</table>\n<h2>Deadlines met</h2>\n<table><tr><th>step</th><th>met</th><th>due</th><th>% met</th></tr>");
    for (SimulationResult.Deadline deadline : result.deadlines()) {
      out.append("<tr><td>").append(escape(deadline.label())).append("</td><td>").append(deadline.met())
          .append("</td><td>").append(deadline.due()).append("</td><td>")
          .append(deadline.percentMet() == null ? "-" : deadline.percentMet() + "%").append("</td></tr>");
    }
    out.append("</table>\n<h2>Emails</h2>\n<p>What the pathway would have sent, by event (reminders and escalations"
        + " show where deadlines slip).</p>\n<table><tr><th>event</th><th>emails</th></tr>");
    new java.util.TreeMap<>(result.notifications()).forEach((event, count) -> row(out, event, count));
    out.append("</table>\n<h2>Caseload per trainer</h2>\n<p>Open referrals allocated to each trainer at the end of"
        + " each working day: ").append(String.format(Locale.ROOT, "%.1f on average, %d at most.</p>\n",
            result.averageCaseload(), result.peakCaseload()));
    List<String> names = new ArrayList<>();
    List<ToIntFunction<SimulationResult.Day>> series = new ArrayList<>();
    for (int i = 0; i < scenario.trainers(); i++) {
      int trainer = i;
      names.add(String.format("trainer %02d", i + 1));
      series.add(day -> day.caseload().get(trainer));
    }
    chart(out, ++charts[0], result.days(), names, series);
    out.append("<h2>Where work queues up</h2>\n<p>Tasks whose day has come but which wait for a trainer (or, for"
        + " allocation, for a coordinator), at the end of each working day. The longest queue on average: <strong>")
        .append(escape(longestQueue(result))).append("</strong>.</p>\n");
    names = new ArrayList<>(List.of("awaiting allocation"));
    series = new ArrayList<>(List.of(SimulationResult.Day::awaitingAllocation));
    for (Work work : Work.values()) {
      names.add(work.option);
      series.add(day -> day.queue().get(work));
    }
    chart(out, ++charts[0], result.days(), names, series);
    out.append("<p>Each working day's figures are in <a href=\"capacity.csv\">capacity.csv</a>.</p>\n")
        .append(DRAW_CHARTS).append("</body></html>\n");
    return out.toString();
  }

  /**
   * A line chart drawn by Chart.js, the charting library of the service report (its script is
   * written beside the page, {@link #CHART_SCRIPT}): working days along, values up. The figures
   * travel as JSON in the page; the names are the simulator's own.
   */
  private static void chart(StringBuilder out, int id, List<SimulationResult.Day> days, List<String> names,
      List<ToIntFunction<SimulationResult.Day>> series) {
    StringBuilder json = new StringBuilder("{\"labels\":[");
    for (int d = 0; d < days.size(); d++) {
      json.append(d == 0 ? "" : ",").append('"').append(days.get(d).date()).append('"');
    }
    json.append("],\"datasets\":[");
    for (int s = 0; s < series.size(); s++) {
      json.append(s == 0 ? "" : ",").append("{\"label\":\"").append(jsonText(names.get(s)))
          .append("\",\"borderColor\":\"").append(COLOURS[s % COLOURS.length]).append("\",\"data\":[");
      for (int d = 0; d < days.size(); d++) {
        json.append(d == 0 ? "" : ",").append(series.get(s).applyAsInt(days.get(d)));
      }
      json.append("]}");
    }
    json.append("]}");
    out.append("<div class=\"chart\"><canvas id=\"chart-").append(id).append("\" role=\"img\" aria-label=\"")
        .append(escape(String.join(", ", names))).append("\"></canvas></div>\n<script type=\"application/json\""
            + " id=\"chart-").append(id).append("-data\">").append(json.toString().replace("</", "<\\/"))
        .append("</script>\n");
  }

  private static String jsonText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Draws every chart of the page from its JSON, once Chart.js has loaded. */
  private static final String DRAW_CHARTS = "<script src=\"" + "chart.umd.js" + "\"></script>\n<script>"
      + "document.querySelectorAll('canvas[id^=chart-]').forEach(function (canvas) {"
      + " var data = JSON.parse(document.getElementById(canvas.id + '-data').textContent);"
      + " data.datasets.forEach(function (set) { set.pointRadius = 0; set.borderWidth = 1.5; set.fill = false;"
      + " set.backgroundColor = set.borderColor; });"
      + " new Chart(canvas, {type: 'line', data: data, options: {animation: false, responsive: true,"
      + " scales: {y: {beginAtZero: true, ticks: {precision: 0}}, x: {ticks: {maxTicksLimit: 8}}}}});"
      + "});</script>\n";

  private static void row(StringBuilder out, String name, Object value) {
    out.append("<tr><td>").append(escape(name)).append("</td><td>").append(escape(String.valueOf(value)))
        .append("</td></tr>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
