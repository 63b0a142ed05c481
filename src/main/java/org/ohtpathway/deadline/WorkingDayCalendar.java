package org.ohtpathway.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;

/**
 * Working days: Monday to Friday, except bank holidays. The holidays are data, read from
 * files of lines {@code yyyy-mm-dd,name} (lines starting with # are comments).
 */
public final class WorkingDayCalendar {

  /** 1970-01-05, the first Monday of the epoch: weeks are counted from it. */
  private static final long FIRST_MONDAY = 4;

  private final Set<LocalDate> holidays;
  /** The holidays that fall on a weekday, as epoch days in order: what {@link #workingDaysBetween} takes off. */
  private final long[] weekdayHolidays;

  public WorkingDayCalendar(Collection<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
    this.weekdayHolidays = this.holidays.stream()
        .filter(date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY)
        .mapToLong(LocalDate::toEpochDay).sorted().toArray();
  }

  public static WorkingDayCalendar fromFiles(List<Resource> files) {
    Set<LocalDate> holidays = new TreeSet<>();
    for (Resource file : files) {
      holidays.addAll(read(file));
    }
    return new WorkingDayCalendar(holidays);
  }

  static Set<LocalDate> read(Resource file) {
    Set<LocalDate> dates = new TreeSet<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String date = text.split(",", 2)[0].strip();
        try {
          dates.add(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
          throw new IllegalStateException("Holiday file " + file.getDescription() + ", line " + number
              + ": '" + date + "' is not a date of the form 2026-12-25", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read holiday file " + file.getDescription(), e);
    }
    return dates;
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  /**
   * The working day {@code days} working days after {@code from} (before it, when negative).
   * Zero days gives {@code from} itself if it is a working day, else the next working day.
   */
  public LocalDate plusWorkingDays(LocalDate from, int days) {
    LocalDate date = from;
    if (days == 0) {
      while (!isWorkingDay(date)) {
        date = date.plusDays(1);
      }
      return date;
    }
    int step = days > 0 ? 1 : -1;
    int left = Math.abs(days);
    while (left > 0) {
      date = date.plusDays(step);
      if (isWorkingDay(date)) {
        left--;
      }
    }
    return date;
  }

  /**
   * How many working days after {@code from} the day {@code to} is: the working days after
   * {@code from} up to and including {@code to} (negative when {@code to} is earlier). A step
   * due {@code n} working days after {@code from} is on time when this is at most {@code n}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    // Worked out, not walked day by day: the reports take it for every referral's every step.
    long first = from.toEpochDay() + 1;
    long last = to.toEpochDay();
    return (int) (weekdaysBefore(last + 1) - weekdaysBefore(first)
        - (holidaysUpTo(last) - holidaysUpTo(first - 1)));
  }

  /** How many Mondays to Fridays come before the epoch day {@code day}, counted from {@link #FIRST_MONDAY}. */
  private static long weekdaysBefore(long day) {
    long sinceMonday = day - FIRST_MONDAY;
    return 5 * Math.floorDiv(sinceMonday, 7) + Math.min(Math.floorMod(sinceMonday, 7), 5);
  }

  /** How many weekday holidays fall on or before the epoch day {@code day}. */
  private int holidaysUpTo(long day) {
    int found = Arrays.binarySearch(weekdayHolidays, day);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /**
   * The moment {@code hours} working hours after {@code from}, working hours being
   * {@code start} to {@code end} of each working day: from outside them the count starts at
   * the next start of a working day, and what is left at the end of a day goes on the next.
   */
  public LocalDateTime plusWorkingHours(LocalDateTime from, int hours, LocalTime start, LocalTime end) {
    LocalDateTime at = from;
    if (!isWorkingDay(at.toLocalDate()) || !at.toLocalTime().isBefore(end)) {
      at = plusWorkingDays(at.toLocalDate().plusDays(1), 0).atTime(start);
    } else if (at.toLocalTime().isBefore(start)) {
      at = at.toLocalDate().atTime(start);
    }
    Duration left = Duration.ofHours(hours);
    while (true) {
      Duration today = Duration.between(at.toLocalTime(), end);
      if (left.compareTo(today) <= 0) {
        return at.plus(left);
      }
      left = left.minus(today);
      at = plusWorkingDays(at.toLocalDate().plusDays(1), 0).atTime(start);
    }
  }

  /**
   * A clock that started on {@code start} and stood still from {@code from} to {@code to}: the
   * day it would have started to be as far on now, {@code start} moved on by the working days
   * between the two ({@link #workingDaysBetween}); unchanged when none passed.
   */
  public LocalDate pausedBetween(LocalDate start, LocalDate from, LocalDate to) {
    int paused = workingDaysBetween(from, to);
    return paused <= 0 ? start : plusWorkingDays(start, paused);
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.contains(date);
  }
}
