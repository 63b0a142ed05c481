package org.ohtpathway.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Component;

/**
 * The due dates and timer dates of the BPMN, e.g.
 * {@code camunda:dueDate="${deadlines.due(execution, 'allocation')}"} and a boundary timer
 * {@code ${deadlines.reminder(execution, 'allocation')}}. The durations are configuration
 * ({@link DeadlineProperties}); the calendar skips weekends and bank holidays.
 */
@Component("deadlines")
public class Deadlines {

  /**
   * The days a deadline can count from besides the task's own: in the application they come
   * from the pathway's records ({@link RecordedStartDates}); the capacity simulator has its own.
   */
  public interface StartDates {
    LocalDate referralReceived(VariableScope scope);

    /** The day the referral was allocated to its Health Trainer (the first time). */
    LocalDate allocated(VariableScope scope);

    /** Whether a first contact attempt is recorded. */
    boolean firstContactAttempted(VariableScope scope);

    /** The next session booked, if any. */
    Optional<LocalDate> nextSession(VariableScope scope);

    LocalDate onwardReferralMade(VariableScope scope);

    /** The day triage opened, moved on by the working days it waited for answers to its questions. */
    LocalDate triageOpened(VariableScope scope);
  }

  private final DeadlineProperties properties;
  private final WorkingDayCalendar calendar;
  private final StartDates starts;

  public Deadlines(DeadlineProperties properties, WorkingDayCalendar calendar, StartDates starts) {
    this.properties = properties;
    this.calendar = calendar;
    this.starts = starts;
  }

  /** The end of the step's last working day. */
  public Date due(VariableScope scope, String step) {
    return at(dueDay(scope, step), properties.endOfWorkingDay());
  }

  /** The start of the step's last working day: when a task that waits for its day appears. */
  public Date opens(VariableScope scope, String step) {
    return at(dueDay(scope, step), properties.startOfWorkingDay());
  }

  public Date reminder(VariableScope scope, String step) {
    Integer hours = properties.step(step).reminderAfterHours();
    if (hours != null) {
      LocalDateTime at = calendar.plusWorkingHours(LocalDateTime.ofInstant(ServiceClock.now(), ServiceClock.SERVICE_ZONE),
          hours, properties.startOfWorkingDay(), properties.endOfWorkingDay());
      return Date.from(at.atZone(ServiceClock.SERVICE_ZONE).toInstant());
    }
    return timer(scope, step, properties.step(step).reminder(), "reminder");
  }

  /**
   * Whether the first contact attempt is already recorded: the first-contact deadline counts
   * once from allocation, so its reminder and escalation say nothing once an attempt is made.
   */
  public boolean firstAttemptMade(VariableScope scope) {
    return starts.firstContactAttempted(scope);
  }

  public Date escalation(VariableScope scope, String step) {
    return timer(scope, step, properties.step(step).escalation(), "escalation");
  }

  private Date timer(VariableScope scope, String step, Integer offset, String kind) {
    if (offset == null) {
      throw new IllegalArgumentException("Deadline '" + step + "' has no " + kind
          + " in oht.deadlines.steps, but the BPMN has a timer for one");
    }
    return at(calendar.plusWorkingDays(dueDay(scope, step), offset), properties.startOfWorkingDay());
  }

  LocalDate dueDay(VariableScope scope, String step) {
    DeadlineProperties.Step deadline = properties.step(step);
    return calendar.plusWorkingDays(start(scope, deadline.from()), deadline.target());
  }

  private LocalDate start(VariableScope scope, DeadlineProperties.Start from) {
    LocalDate today = ServiceClock.today();
    return switch (from) {
      case TASK_CREATED -> afterHours() ? today.plusDays(1) : today;
      case REFERRAL_RECEIVED -> starts.referralReceived(scope);
      case ALLOCATED -> starts.allocated(scope);
      case NEXT_SESSION -> starts.nextSession(scope)
          .filter(date -> !date.isBefore(today))
          .orElse(calendar.plusWorkingDays(today, properties.defaultSessionGap()));
      case ONWARD_REFERRAL_MADE -> starts.onwardReferralMade(scope);
      case TRIAGE_OPENED -> starts.triageOpened(scope);
    };
  }

  /** After the end of a working day: a step starting now starts on the next working day. */
  private boolean afterHours() {
    LocalDateTime now = LocalDateTime.ofInstant(ServiceClock.now(), ServiceClock.SERVICE_ZONE);
    return calendar.isWorkingDay(now.toLocalDate()) && !now.toLocalTime().isBefore(properties.endOfWorkingDay());
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(ServiceClock.SERVICE_ZONE).toInstant());
  }
}
