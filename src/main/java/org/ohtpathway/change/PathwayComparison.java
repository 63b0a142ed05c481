package org.ohtpathway.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ohtpathway.capacity.CapacitySimulator;
import org.ohtpathway.capacity.Scenario;
import org.ohtpathway.capacity.SimulationResult;
import org.ohtpathway.progress.EndState;

/**
 * The capacity simulator run on the pathway as it stands and on the pathway with a change, on
 * the same scenario (same seed, same made-up referrals), and the difference: deadlines met,
 * caseloads, end states. What a change does to the service before anyone works it.
 */
public final class PathwayComparison {

  /** One measure, as it stands and with the change. */
  public record Row(String measure, String now, String changed, boolean differs) {
  }

  public record Result(Scenario scenario, List<Row> rows, String problem) {

    /** The rows that differ, or that everything is the same. */
    public String described() {
      if (problem != null) {
        return "The simulator could not run the changed pathway: " + problem;
      }
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Simulated %d month%s of %d referrals a month"
          + " with %d trainers, as it stands and with the change (same referrals):%n", scenario.months(),
          scenario.months() == 1 ? "" : "s",
          scenario.referralsPerMonth(), scenario.trainers()));
      // One measure a line, as it stands -> with the change: readable in a form's text box as on a terminal.
      for (Row row : rows) {
        out.append(row.differs() ? "* " : "  ").append(row.measure()).append(": ").append(row.now())
            .append(row.differs() ? " -> " + row.changed() : " (the same)").append('\n');
      }
      long differing = rows.stream().filter(Row::differs).count();
      out.append(differing == 0 ? "No measure differs.\n" : "* " + differing + " measure" + (differing == 1 ? "" : "s")
          + " differ.\n");
      return out.toString();
    }
  }

  private final CapacitySimulator simulator;

  public PathwayComparison(CapacitySimulator simulator) {
    this.simulator = simulator;
  }

  public Result compare(PathwayFiles current, PathwayFiles changed, Scenario scenario) {
    SimulationResult now = simulator.run(scenario, models(current), progress -> { });
    SimulationResult then;
    try {
      then = simulator.run(scenario, models(changed), progress -> { });
    } catch (RuntimeException failed) {
      return new Result(scenario, List.of(), String.valueOf(failed.getMessage()).lines().findFirst().orElse(""));
    }
    Map<String, String[]> measures = new LinkedHashMap<>();
    measures.put("Referrals still open at the end", new String[] {count(now.stillOpen()), count(then.stillOpen())});
    for (EndState state : EndState.values()) {
      measures.put("Ended: " + state.label(), new String[] {count(now.endStates().get(state)),
          count(then.endStates().get(state))});
    }
    for (int i = 0; i < now.deadlines().size(); i++) {
      SimulationResult.Deadline before = now.deadlines().get(i);
      SimulationResult.Deadline after = then.deadlines().get(i);
      measures.put("Deadline met: " + before.label(), new String[] {percent(before), percent(after)});
    }
    measures.put("Caseload per trainer, average", new String[] {decimal(now.averageCaseload()),
        decimal(then.averageCaseload())});
    measures.put("Caseload per trainer, most", new String[] {count(now.peakCaseload()), count(then.peakCaseload())});
    measures.put("Emails the pathway would send", new String[] {count(total(now)), count(total(then))});
    List<Row> rows = new ArrayList<>();
    measures.forEach((measure, values) -> rows.add(new Row(measure, values[0], values[1],
        !values[0].equals(values[1]))));
    return new Result(scenario, rows, null);
  }

  /** The files the simulator deploys, taken from the pathway. */
  private static Map<String, byte[]> models(PathwayFiles pathway) {
    Map<String, byte[]> models = new LinkedHashMap<>();
    CapacitySimulator.MODELS.forEach(model -> models.put(model, pathway.get(model)));
    return models;
  }

  private static long total(SimulationResult result) {
    return result.notifications().values().stream().mapToLong(Long::longValue).sum();
  }

  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String percent(SimulationResult.Deadline deadline) {
    return deadline.percentMet() == null ? "-" : deadline.percentMet() + "%";
  }
}
