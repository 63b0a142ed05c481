package org.ohtpathway.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ohtpathway.capacity.Scenario;
import org.ohtpathway.capacity.SimulateCommand;

/** The capacity simulator on the pathway as it stands beside the pathway with a change. */
class PathwayComparisonTest {

  private static final PathwayFiles SHIPPED = PathwayFiles.shipped();
  private static final Scenario SMALL = Scenario.fromArguments(List.of("--months=1", "--referrals-per-month=60",
      "--trainers=4"));

  @Test
  void aDecisionRuleThatTurnsAwayMoreReferralsShowsMoreDeclinedAndFewerOpen() {
    // The simulated people are 34: a service for people of 40 and over turns them all away.
    PathwayFiles change = PathwayCheckTest.changed("Eligibility.dmn", "<text>&lt; 18</text>", "<text>&lt; 40</text>");
    assertThat(new PathwayCheck(SHIPPED).check(change, SHIPPED)).isEmpty();

    PathwayComparison.Result result = SimulateCommand.withServiceSettings(simulator ->
        new PathwayComparison(simulator).compare(SHIPPED, change.over(SHIPPED), SMALL));

    PathwayComparison.Row declined = row(result, "Ended: Declined");
    assertThat(declined.differs()).isTrue();
    assertThat(Integer.parseInt(declined.changed())).isGreaterThan(Integer.parseInt(declined.now()));
    assertThat(row(result, "Referrals still open at the end").changed()).isEqualTo("0");
    assertThat(result.described()).contains("* Ended: Declined", "measures differ");
  }

  @Test
  void theSamePathwayDiffersInNoMeasure() {
    PathwayComparison.Result result = SimulateCommand.withServiceSettings(simulator ->
        new PathwayComparison(simulator).compare(SHIPPED, SHIPPED, SMALL));
    assertThat(result.rows()).isNotEmpty().noneMatch(PathwayComparison.Row::differs);
    assertThat(result.described()).contains("No measure differs.");
  }

  private static PathwayComparison.Row row(PathwayComparison.Result result, String measure) {
    return result.rows().stream().filter(row -> row.measure().equals(measure)).findFirst().orElseThrow();
  }
}
