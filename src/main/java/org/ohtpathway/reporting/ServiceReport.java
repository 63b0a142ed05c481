package org.ohtpathway.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The service report of a period, as the page shows it and the JSON API returns it. Every
 * figure is defined in docs/reports.md. Percentages have one decimal place, means two; a
 * figure whose denominator is zero is null.
 */
public record ServiceReport(
    LocalDate from,
    LocalDate to,
    long referralsReceived,
    List<Step> funnel,
    List<Count> notEligibleReasons,
    List<Timeliness> timeliness,
    Activity activity,
    Outcomes outcomes,
    Equity equity,
    List<Completeness> completeness) {

  /** One step of the funnel: how many of the period's referrals got that far. */
  public record Step(String step, String label, long count, Double percentOfReceived, Double percentOfPreviousStep) {
  }

  public record Count(String code, String label, long count) {
  }

  /** How many reached a step, how many of those within its target, and the median time taken. */
  public record Timeliness(String step, String label, String from, Integer targetWorkingDays, long reached,
      Long withinTarget, Double percentWithinTarget, Double medianWorkingDays) {
  }

  public record Activity(long sessionsExpected, long sessionsRecorded, long sessionsAttended,
      long sessionsAttendedLate, long sessionsMissed, Double didNotAttendRate, long sessionsNotHeld,
      List<OnwardReferrals> onwardReferrals) {
  }

  public record OnwardReferrals(String serviceType, String label, long made, long followedUp,
      long confirmedAttended, Double percentConfirmedAttended) {
  }

  public record Outcomes(List<Count> endStates, long stillOpen, List<ExitReasonGroup> exitReasons, Goals goals,
      Wellbeing wellbeing, Registrations gpRegistration, Registrations dentistRegistration, Smoking smoking) {
  }

  public record ExitReasonGroup(String group, String label, long count, List<Count> reasons) {
  }

  /** Goals rated at exit: achieved counts 1, partly achieved 0.5, not achieved 0. */
  public record Goals(long exitsWithGoalsRated, long goalsRated, long achieved, long partlyAchieved,
      long notAchieved, Double achievementScore) {
  }

  /** SWEMWBS raw totals (7-35) of the exits that have both an assessment and an exit score. */
  public record Wellbeing(long exits, long pairs, Double percentOfExitsPaired, Double meanAtAssessment,
      Double meanAtExit, Double meanChange) {
  }

  /** Exits not registered at assessment that answered at exit, and how many of those were then registered. */
  public record Registrations(long notRegisteredAtAssessment, long newlyRegistered, Double percentNewlyRegistered) {
  }

  /** Exits who smoked at assessment and answered at exit, and how many of those had stopped. */
  public record Smoking(long smokersAtAssessment, long stopped, Double percentStopped) {
  }

  public record Equity(List<Group> byAgeBand, List<Group> bySex) {
  }

  public record Group(String group, String label, long referralsReceived, List<Step> funnel, List<Count> endStates,
      Goals goals, Wellbeing wellbeing) {
  }

  /** How many of the records that should have a measure do. */
  public record Completeness(String measure, String label, long recorded, long expected, Double percent) {
  }
}
