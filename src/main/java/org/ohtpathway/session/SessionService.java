package org.ohtpathway.session;

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

  SessionService(SupportSessionRepository sessions, PlanService plans, CaseProgress progress) {
    this.sessions = sessions;
    this.plans = plans;
    this.progress = progress;
  }

  public SupportSession record(Long referralId, SessionRecord record, String trainer) {
    int number = sessionsOf(referralId).size() + 1;
    SupportSession session = sessions.save(new SupportSession(referralId, number, record, trainer, ServiceClock.now()));
    if (session.isAttended()) {
      progress.attended(referralId, session.getSessionDate(), trainer);
    }
    return session;
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

  /** The date booked for the next session: at the last session, or in the plan for the first. */
  @Transactional(readOnly = true)
  public Optional<LocalDate> nextSessionDate(Long referralId) {
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
