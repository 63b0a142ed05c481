package org.ohtpathway.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ohtpathway.capacity.Scenario.Work;
import org.ohtpathway.progress.EndState;

/**
 * What a simulation found.
 *
 * @param referrals referrals that arrived
 * @param endStates referrals that ended, by end state
 * @param stillOpen referrals still open on the last day
 * @param deadlines each deadline of the pathway: how often it was met
 * @param days one row per working day
 * @param notifications reminders, escalations and other emails the pathway would have sent, by event
 * @param seconds how long the simulation took
 */
public record SimulationResult(Scenario scenario, long referrals, Map<EndState, Long> endStates, long stillOpen,
    List<Deadline> deadlines, List<Day> days, Map<String, Long> notifications, double seconds) {

  /**
   * A deadline: tasks done by their due date, and all whose due date has passed (done late,
   * or still open after it).
   */
  public record Deadline(String step, String label, long met, long due) {
    public Double percentMet() {
      return due == 0 ? null : Math.round(1000.0 * met / due) / 10.0;
    }
  }

  /**
   * A working day's end.
   *
   * @param queue tasks that could be done (their day has come) but wait for a trainer, by kind
   * @param caseload open referrals allocated to each trainer
   */
  public record Day(LocalDate date, int arrived, int open, int awaitingAllocation, Map<Work, Integer> queue,
      int overdue, List<Integer> caseload) {
  }

  /** The kind of work with the longest queue on average: where work piles up. */
  public Work longestQueue() {
    return averageQueues().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElseThrow();
  }

  public Map<Work, Double> averageQueues() {
    Map<Work, Double> averages = new java.util.EnumMap<>(Work.class);
    for (Work work : Work.values()) {
      averages.put(work, days.stream().mapToInt(day -> day.queue().get(work)).average().orElse(0));
    }
    return averages;
  }

  public double averageCaseload() {
    return days.stream().flatMap(day -> day.caseload().stream()).mapToInt(Integer::intValue).average().orElse(0);
  }

  public int peakCaseload() {
    return days.stream().flatMap(day -> day.caseload().stream()).mapToInt(Integer::intValue).max().orElse(0);
  }
}
