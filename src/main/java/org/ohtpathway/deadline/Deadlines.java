package org.ohtpathway.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.session.SessionService;
import org.ohtpathway.signposting.SignpostingService;
import org.springframework.stereotype.Component;

/**
 * The due dates and timer dates of the BPMN, e.g.
 * {@code camunda:dueDate="${deadlines.due(execution, 'allocation')}"} and a boundary timer
 * {@code ${deadlines.reminder(execution, 'allocation')}}. The durations are configuration
 * ({@link DeadlineProperties}); the calendar skips weekends and bank holidays.
 */
@Component("deadlines")
public class Deadlines {

  private final DeadlineProperties properties;
  private final WorkingDayCalendar calendar;
  private final ReferralService referrals;
  private final SessionService sessions;
  private final SignpostingService signposting;

  Deadlines(DeadlineProperties properties, WorkingDayCalendar calendar, ReferralService referrals,
      SessionService sessions, SignpostingService signposting) {
    this.properties = properties;
    this.calendar = calendar;
    this.referrals = referrals;
    this.sessions = sessions;
    this.signposting = signposting;
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
    return timer(scope, step, properties.step(step).reminder(), "reminder");
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
      case TASK_CREATED -> today;
      case REFERRAL_RECEIVED -> LocalDate.ofInstant(
          referrals.get(PathwayVariables.REFERRAL_ID.requiredFrom(scope)).getRecordedAt(), ServiceClock.SERVICE_ZONE);
      case NEXT_SESSION -> sessions.nextSessionDate(PathwayVariables.REFERRAL_ID.requiredFrom(scope))
          .filter(date -> !date.isBefore(today))
          .orElse(calendar.plusWorkingDays(today, properties.defaultSessionGap()));
      case ONWARD_REFERRAL_MADE -> signposting.onwardReferral(
          PathwayVariables.ONWARD_REFERRAL_ID.requiredFrom(scope)).getReferredOn();
    };
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(ServiceClock.SERVICE_ZONE).toInstant());
  }
}
