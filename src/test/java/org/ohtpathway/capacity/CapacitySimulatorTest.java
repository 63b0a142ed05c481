package org.ohtpathway.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.junit.jupiter.api.io.TempDir;
import org.ohtpathway.config.PathwayProperties;
import org.ohtpathway.deadline.DeadlineProperties;
import org.ohtpathway.deadline.WorkingDayCalendar;
import org.ohtpathway.progress.EndState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The capacity simulator on the real pathway model, with the service's own deadline settings. */
@SpringBootTest(classes = SimulateCommand.Settings.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CapacitySimulatorTest {

  /** Two months of 40 referrals a month, plans of two sessions, seed 7: with one trainer, or three. */
  static final List<String> SMALL_SERVICE = List.of("--referrals-per-month=40", "--months=2", "--planned-sessions=2",
      "--seed=7");

  @Autowired DeadlineProperties deadlines;
  @Autowired PathwayProperties pathway;

  private SimulationResult simulate(List<String> options) {
    CapacitySimulator simulator = new CapacitySimulator(deadlines, WorkingDayCalendar.fromFiles(deadlines.holidayFiles()),
        pathway);
    return simulator.run(Scenario.fromArguments(options), message -> { });
  }

  private static List<String> withTrainers(int trainers) {
    List<String> options = new java.util.ArrayList<>(SMALL_SERVICE);
    options.add("--trainers=" + trainers);
    return options;
  }

  @Test
  void aSmallServiceWithAFixedSeedEndsTheSameWayEveryTime() {
    SimulationResult result = simulate(withTrainers(1));

    Map<EndState, Long> ends = new LinkedHashMap<>();
    ends.put(EndState.COMPLETED, 6L);
    ends.put(EndState.ENDED_EARLY, 8L);
    ends.put(EndState.DECLINED, 17L);
    ends.put(EndState.WITHDRAWN, 3L);
    assertThat(result.referrals()).isEqualTo(91);
    assertThat(result.endStates()).isEqualTo(ends);
    assertThat(result.stillOpen()).isEqualTo(57);
    assertThat(result.deadlines()).extracting(SimulationResult.Deadline::step, SimulationResult.Deadline::percentMet)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("allocation", 100.0),
            org.assertj.core.groups.Tuple.tuple("first-contact", 67.1),
            org.assertj.core.groups.Tuple.tuple("assessment", 56.3),
            org.assertj.core.groups.Tuple.tuple("health-plan", 52.6),
            org.assertj.core.groups.Tuple.tuple("session-feedback", 51.0),
            org.assertj.core.groups.Tuple.tuple("follow-up", 40.0),
            org.assertj.core.groups.Tuple.tuple("exit-summary", 0.0));
    assertThat(result.days()).hasSize(43);
  }

  @Test
  void moreTrainersMeetMoreDeadlinesForTheSameReferrals() {
    SimulationResult one = simulate(withTrainers(1));
    SimulationResult three = simulate(withTrainers(3));

    assertThat(three.referrals()).isEqualTo(one.referrals());
    for (String step : List.of("first-contact", "assessment", "health-plan", "session-feedback")) {
      assertThat(percentMet(three, step)).as(step).isGreaterThan(percentMet(one, step));
    }
    assertThat(three.endStates().get(EndState.COMPLETED)).isGreaterThan(one.endStates().get(EndState.COMPLETED));
    assertThat(three.averageQueues().get(Scenario.Work.SESSION))
        .isLessThan(one.averageQueues().get(Scenario.Work.SESSION));
    assertThat(three.days().get(three.days().size() - 1).caseload()).hasSize(3);
    assertThat(three.notifications().get("referral-received")).isEqualTo(one.notifications().get("referral-received"))
        .isPositive();
    assertThat(three.notifications().getOrDefault("first-contact-reminder", 0L))
        .isLessThan(one.notifications().get("first-contact-reminder"));
  }

  private static double percentMet(SimulationResult result, String step) {
    return result.deadlines().stream().filter(deadline -> deadline.step().equals(step)).findFirst().orElseThrow()
        .percentMet();
  }

  @Test
  void theResultsAreWrittenAsACsvRowPerWorkingDayAndAPageWithCharts(@TempDir Path folder) throws Exception {
    SimulationResult result = simulate(withTrainers(1));

    List<Path> files = SimulationReport.write(result, folder);

    List<String> rows = Files.readAllLines(files.get(0));
    assertThat(rows.get(0)).startsWith("date,arrived,open_referrals,awaiting_allocation,queue_contact-attempt,")
        .endsWith(",overdue_tasks,caseload_trainer_01");
    assertThat(rows).hasSize(result.days().size() + 1);
    assertThat(rows.get(1)).startsWith("2027-01-04,");
    String page = Files.readString(files.get(1));
    assertThat(page).contains("<h1>Capacity simulation</h1>", "Deadlines met", "<canvas id=\"chart-1\"",
        "<canvas id=\"chart-2\"", "<script src=\"chart.umd.js\"></script>", "Where work queues up", "capacity.csv",
        "<h2>Emails</h2>").doesNotContain("<polyline");
    String marker = "id=\"chart-1-data\">";
    int data = page.indexOf(marker) + marker.length();
    assertThat(Api.JSON.readTree(page.substring(data, page.indexOf("</script>", data))).at("/datasets/0/data"))
        .as("a trainer's caseload, a figure per working day").hasSize(result.days().size());
    assertThat(files.get(2).getFileName().toString()).isEqualTo("chart.umd.js");
    assertThat(Files.readString(files.get(2))).as("Chart.js itself").contains("Chart");
  }

  @Test
  void aWrongOptionIsRefusedWithWhatToWrite() {
    assertThatThrownBy(() -> Scenario.fromArguments(List.of("--trainers=none")))
        .hasMessage("--trainers must be a whole number, not 'none'");
    assertThatThrownBy(() -> Scenario.fromArguments(List.of("--share.declined=0.6", "--share.disengaged=0.6")))
        .hasMessageContaining("the --share.* options add up to 1.");
    assertThatThrownBy(() -> Scenario.fromArguments(List.of("--coaches=3")))
        .hasMessageContaining("Unknown option(s): --coaches");
    assertThatThrownBy(() -> Scenario.fromArguments(List.of("trainers=3")))
        .hasMessageContaining("write --name=value");
  }
}
