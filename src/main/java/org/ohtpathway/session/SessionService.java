package org.ohtpathway.session;

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
