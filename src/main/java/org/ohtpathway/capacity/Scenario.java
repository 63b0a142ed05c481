package org.ohtpathway.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the capacity simulator is asked: how many referrals arrive, who does the work, how
 * long each piece of work takes, and how referrals go. Every field has a default a service can
 * start from; {@link #fromArguments} reads {@code --name=value} options over them.
 *
 * @param referralsPerMonth referrals made each month, arriving at random on working days
 * @param months months of referrals
 * @param trainers Health Trainers, each working on the pathway {@code hoursPerDay} a working day
 * @param allocationsPerDay referrals the coordinators triage and allocate a working day
 * @param plannedSessions sessions in a personal health plan
 * @param sessionGap working days between sessions (5: weekly)
 * @param minutes how long each kind of task takes a trainer
 * @param shares how referrals go: the share of each {@link Path}; the rest complete
 * @param onwardReferrals share of those who reach sessions who are referred on to a service
 * @param seed the random seed: the same scenario and seed give the same results
 * @param start the first day (a Monday is best)
 */
public record Scenario(int referralsPerMonth, int months, int trainers, double hoursPerDay, int allocationsPerDay,
    int plannedSessions, int sessionGap, Map<Work, Integer> minutes, Map<Path, Double> shares,
    double onwardReferrals, long seed, LocalDate start) {

  /** The kinds of work a trainer does, with how long each takes by default. */
  public enum Work {
    CONTACT_ATTEMPT("contact-attempt", 15),
    ASSESSMENT("assessment", 90),
    HEALTH_PLAN("health-plan", 60),
    SESSION("session", 60),
    FOLLOW_UP("follow-up", 15),
    REVIEW("review", 30),
    EXIT("exit", 60),
    EXIT_SUMMARY("exit-summary", 30),
    /** A task of a trainer's the simulator does not know (one a change to the pathway adds): done, answering nothing. */
    OTHER("other", 15);

    final String option;
    final int defaultMinutes;

    Work(String option, int defaultMinutes) {
      this.option = option;
      this.defaultMinutes = defaultMinutes;
    }
  }

  /** The ways a referral goes besides completing, with their default shares. */
  public enum Path {
    NOT_ELIGIBLE("not-eligible", 0.10),
    DECLINED("declined", 0.10),
    UNABLE_TO_CONTACT("unable-to-contact", 0.10),
    DISENGAGED("disengaged", 0.15),
    WITHDRAWN("withdrawn", 0.05),
    COMPLETED("completed", 0);

    final String option;
    final double defaultShare;

    Path(String option, double defaultShare) {
      this.option = option;
      this.defaultShare = defaultShare;
    }
  }

  public Scenario {
    List<String> problems = new ArrayList<>();
    positive(problems, "referrals-per-month", referralsPerMonth);
    positive(problems, "months", months);
    positive(problems, "trainers", trainers);
    positive(problems, "allocations-per-day", allocationsPerDay);
    positive(problems, "planned-sessions", plannedSessions);
    positive(problems, "session-gap", sessionGap);
    if (hoursPerDay <= 0 || hoursPerDay > 24) {
      problems.add("--hours-per-day must be more than 0 and at most 24");
    }
    Map<Work, Integer> givenMinutes = minutes;
    minutes = new EnumMap<>(Work.class);
    minutes.putAll(givenMinutes);
    for (Work work : Work.values()) {
      Integer taken = minutes.putIfAbsent(work, work.defaultMinutes);
      if (taken != null && taken <= 0) {
        problems.add("--minutes." + work.option + " must be a whole number of minutes above 0");
      }
    }
    Map<Path, Double> givenShares = shares;
    shares = new EnumMap<>(Path.class);
    shares.putAll(givenShares);
    double besidesCompleting = 0;
    for (Path path : Path.values()) {
      if (path == Path.COMPLETED) {
        continue;
      }
      double share = shares.computeIfAbsent(path, p -> p.defaultShare);
      if (share < 0 || share > 1) {
        problems.add("--share." + path.option + " must be between 0 and 1");
      }
      besidesCompleting += share;
    }
    if (besidesCompleting > 1.0000001) {
      problems.add(String.format("the --share.* options add up to %.2f; together they can be at most 1",
          besidesCompleting));
    }
    shares.put(Path.COMPLETED, Math.max(0, 1 - besidesCompleting));
    if (onwardReferrals < 0 || onwardReferrals > 1) {
      problems.add("--onward-referrals must be between 0 and 1");
    }
    if (start == null) {
      problems.add("--start must be a date, e.g. 2027-01-04");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    minutes = Map.copyOf(minutes);
    shares = Map.copyOf(shares);
  }

  private static void positive(List<String> problems, String option, int value) {
    if (value <= 0) {
      problems.add("--" + option + " must be a whole number above 0");
    }
  }

  /** A service of 200 referrals a month and sixteen trainers, for a year from the first Monday of 2027. */
  public static Scenario defaults() {
    return new Scenario(200, 12, 16, 5, 40, 6, 5, Map.of(), Map.of(), 0.5, 1, LocalDate.of(2027, 1, 4));
  }

  /** The defaults with {@code --name=value} options over them; an unknown or bad option is an error naming it. */
  public static Scenario fromArguments(List<String> arguments) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String argument : arguments) {
      if (!argument.startsWith("--") || !argument.contains("=")) {
        throw new IllegalArgumentException("'" + argument + "' is not an option: write --name=value, e.g. --trainers=8");
      }
      options.put(argument.substring(2, argument.indexOf('=')), argument.substring(argument.indexOf('=') + 1));
    }
    options.remove("out");
    Scenario base = defaults();
    Map<Work, Integer> minutes = new EnumMap<>(Work.class);
    for (Work work : Work.values()) {
      String value = options.remove("minutes." + work.option);
      if (value != null) {
        minutes.put(work, integer("minutes." + work.option, value));
      }
    }
    Map<Path, Double> shares = new EnumMap<>(Path.class);
    for (Path path : Path.values()) {
      String value = path == Path.COMPLETED ? null : options.remove("share." + path.option);
      if (value != null) {
        shares.put(path, decimal("share." + path.option, value));
      }
    }
    Scenario scenario = new Scenario(
        integer("referrals-per-month", options.remove("referrals-per-month"), base.referralsPerMonth()),
        integer("months", options.remove("months"), base.months()),
        integer("trainers", options.remove("trainers"), base.trainers()),
        decimal("hours-per-day", options.remove("hours-per-day"), base.hoursPerDay()),
        integer("allocations-per-day", options.remove("allocations-per-day"), base.allocationsPerDay()),
        integer("planned-sessions", options.remove("planned-sessions"), base.plannedSessions()),
        integer("session-gap", options.remove("session-gap"), base.sessionGap()),
        minutes, shares,
        decimal("onward-referrals", options.remove("onward-referrals"), base.onwardReferrals()),
        integer("seed", options.remove("seed"), (int) base.seed()),
        date(options.remove("start"), base.start()));
    if (!options.isEmpty()) {
      throw new IllegalArgumentException("Unknown option(s): --" + String.join(", --", options.keySet())
          + " (see docs/capacity.md for the options)");
    }
    return scenario;
  }

  /** The number of working days in a month, on average, over which a month's referrals arrive. */
  static final double WORKING_DAYS_PER_MONTH = 21;

  double referralsPerWorkingDay() {
    return referralsPerMonth / WORKING_DAYS_PER_MONTH;
  }

  LocalDate end() {
    return start.plusMonths(months);
  }

  static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static int integer(String option, String value, int otherwise) {
    return value == null ? otherwise : integer(option, value);
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + option + " must be a whole number, not '" + value + "'");
    }
  }

  private static double decimal(String option, String value, double otherwise) {
    return value == null ? otherwise : decimal(option, value);
  }

  private static double decimal(String option, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + option + " must be a number, e.g. 0.1, not '" + value + "'");
    }
  }

  private static LocalDate date(String value, LocalDate otherwise) {
    try {
      return value == null ? otherwise : LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--start must be a date like 2027-01-04, not '" + value + "'");
    }
  }
}
