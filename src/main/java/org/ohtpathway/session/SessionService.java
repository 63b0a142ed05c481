package org.ohtpathway.session;

import org.ohtpathway.appointment.AppointmentService;
import org.ohtpathway.appointment.AppointmentStatus;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.CaseProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ohtpathway.plan.HealthPlan;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SessionService implements CaseStage {

  private final SupportSessionRepository sessions;
  private final PlanService plans;
  private final CaseProgress progress;
  private final AppointmentService appointments;

  SessionService(SupportSessionRepository sessions, PlanService plans, CaseProgress progress,
      AppointmentService appointments) {
    this.appointments = appointments;
    this.sessions = sessions;
    this.plans = plans;
    this.progress = progress;
  }

  /**
   * Records a session and what it means for the booked appointment: attended, not attended, or
   * did not happen; or, rescheduled, moved to the new slot (with who asked and why). Then books
   * the next appointment, if the session booked one.
   */
  public SupportSession record(Long referralId, SessionRecord record, NextAppointment next, String trainer) {
    int number = sessionsOf(referralId).size() + 1;
    SupportSession session = sessions.save(new SupportSession(referralId, number, record, trainer, ServiceClock.now()));
    if (session.isAttended()) {
      progress.attended(referralId, session.getSessionDate(), trainer);
    }
    if (record.attendance() == Attendance.RESCHEDULED) {
      appointments.reschedule(referralId, next.slot(), next.askedBy(), next.reason(), trainer);
      return session;
    }
    appointments.recordOutcome(referralId, outcomeOf(record.attendance()), session.getId(), trainer);
    if (next.slot() != null) {
      appointments.book(referralId, next.slot(), trainer);
    }
    return session;
  }

  private static AppointmentStatus outcomeOf(Attendance attendance) {
    return switch (attendance) {
      case ATTENDED, ATTENDED_LATE -> AppointmentStatus.ATTENDED;
      case DID_NOT_ATTEND_ACCEPTABLE, DID_NOT_ATTEND_UNACCEPTABLE -> AppointmentStatus.NOT_ATTENDED;
      case DID_NOT_HAPPEN -> AppointmentStatus.DID_NOT_HAPPEN;
      case RESCHEDULED -> throw new IllegalArgumentException("A rescheduled session moves its appointment");
    };
  }

  /**
   * Each session's date and attendance, which probation follows; what was said and the
   * progress per goal are a second entry, of the health record.
   */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    List<TimelineEntry> entries = new java.util.ArrayList<>();
    for (SupportSession session : sessionsOf(referralId)) {
      entries.add(TimelineEntry.of(session.getSessionDate(), session.getRecordedAt(),
          "Session " + session.getNumber() + ": " + session.getAttendance().label(), session.getRecordedBy(),
          Audience.PROGRESS));
      String detail = healthDetail(session);
      if (!detail.isEmpty()) {
        entries.add(TimelineEntry.of(session.getSessionDate(), session.getRecordedAt(),
            "Session " + session.getNumber() + " notes", session.getRecordedBy(), Audience.HEALTH).withDetail(detail));
      }
    }
    return entries;
  }

  private static String healthDetail(SupportSession session) {
    List<String> parts = new java.util.ArrayList<>();
    session.getProgress().forEach(goal -> parts.add("Goal " + goal.goalNumber() + ": "
        + (goal.level() == null ? "not recorded" : goal.level().label())
        + (goal.note() == null ? "" : " (" + goal.note() + ")")));
    if (session.getNotes() != null) {
      parts.add(session.getNotes());
    }
    if (session.getNotHappenedReason() != null) {
      parts.add("Did not happen: " + session.getNotHappenedReason());
    }
    if (session.getRescheduleReason() != null) {
      parts.add("Rescheduled: " + session.getRescheduleReason());
    }
    return String.join(". ", parts);
  }

  @Override
  public void minimise(Long referralId) {
    sessionsOf(referralId).forEach(SupportSession::minimise);
  }

  /** In the order they were recorded. */
  @Transactional(readOnly = true)
  public List<SupportSession> sessionsOf(Long referralId) {
    return sessions.findByReferralIdOrderByNumberAsc(referralId);
  }

  /**
   * The next session's date of a case from before appointments were booked: the date the last
   * session (or the plan, for the first) gave.
   */
  @Transactional(readOnly = true)
  public Optional<LocalDate> nextSessionDateBeforeAppointments(Long referralId) {
    List<SupportSession> held = sessionsOf(referralId);
    if (held.isEmpty()) {
      return plans.planFor(referralId).map(HealthPlan::getFirstSessionDate);
    }
    return Optional.ofNullable(held.get(held.size() - 1).getNextSessionDate());
  }

  @Transactional(readOnly = true)
  public long attendedCount(Long referralId) {
    return sessionsOf(referralId).stream().filter(SupportSession::isAttended).count();
  }
}
