package org.ohtpathway.signposting;

import org.ohtpathway.progress.CaseStage;
import java.time.LocalDate;
import java.util.List;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SignpostingService implements CaseStage {

  private final OnwardReferralRepository onwardReferrals;
  private final FollowUpRepository followUps;

  SignpostingService(OnwardReferralRepository onwardReferrals, FollowUpRepository followUps) {
    this.onwardReferrals = onwardReferrals;
    this.followUps = followUps;
  }

  public List<OnwardReferral> record(Long referralId, Long sessionId,
      List<OnwardReferralDetails> made, String trainer) {
    return made.stream()
        .map(details -> onwardReferrals.save(
            new OnwardReferral(referralId, sessionId, details, trainer, ServiceClock.now())))
        .toList();
  }

  /**
   * The onward referrals made at a session, each of which gets its own follow-up: the
   * collection of {@code SubProcess_OnwardReferralFollowUp}.
   */
  @Transactional(readOnly = true)
  public List<Long> onwardReferralsMadeAt(Long sessionId) {
    return onwardReferrals.findBySessionIdOrderByIdAsc(sessionId).stream()
        .map(OnwardReferral::getId)
        .toList();
  }

  /** Which services a person was referred to says what their health needs are: deleted. */
  @Override
  public void minimise(Long referralId) {
    onwardReferralsOf(referralId).forEach(onward -> followUps.deleteByOnwardReferralId(onward.getId()));
    onwardReferrals.deleteByReferralId(referralId);
  }

  @Transactional(readOnly = true)
  public OnwardReferral onwardReferral(Long onwardReferralId) {
    return onwardReferrals.findById(onwardReferralId)
        .orElseThrow(() -> new IllegalArgumentException("No onward referral " + onwardReferralId));
  }

  @Transactional(readOnly = true)
  public List<OnwardReferral> onwardReferralsOf(Long referralId) {
    return onwardReferrals.findByReferralIdOrderByIdAsc(referralId);
  }

  public FollowUp followUp(Long onwardReferralId, FollowUpOutcome outcome, LocalDate followedUpOn,
      String note, String trainer) {
    return followUps.save(new FollowUp(onwardReferralId, outcome, followedUpOn, note, trainer,
        ServiceClock.now()));
  }

  @Transactional(readOnly = true)
  public List<FollowUp> followUpsOf(Long onwardReferralId) {
    return followUps.findByOnwardReferralId(onwardReferralId);
  }
}
