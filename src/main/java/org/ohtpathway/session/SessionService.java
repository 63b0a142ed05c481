package org.ohtpathway.session;

import java.util.List;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SessionService {

  private final SupportSessionRepository sessions;

  SessionService(SupportSessionRepository sessions) {
    this.sessions = sessions;
  }

  public SupportSession record(Long referralId, SessionRecord record, String trainer) {
    int number = sessionsOf(referralId).size() + 1;
    return sessions.save(new SupportSession(referralId, number, record, trainer, ServiceClock.now()));
  }

  /** In the order they were recorded. */
  @Transactional(readOnly = true)
  public List<SupportSession> sessionsOf(Long referralId) {
    return sessions.findByReferralIdOrderByNumberAsc(referralId);
  }

  @Transactional(readOnly = true)
  public long attendedCount(Long referralId) {
    return sessionsOf(referralId).stream().filter(SupportSession::isAttended).count();
  }
}
