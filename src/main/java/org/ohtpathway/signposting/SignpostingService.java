package org.ohtpathway.signposting;

import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
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

  /**
   * Each onward referral (service and kind of help) and each follow-up's outcome: which
   * services a person was sent to says what their needs are, so the health record's. The
   * follow-ups of all of them are read in one query.
   */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    List<OnwardReferral> made = onwardReferralsOf(referralId);
    if (made.isEmpty()) {
      return List.of();
    }
    java.util.Map<Long, OnwardReferral> byId = new java.util.HashMap<>();
    made.forEach(onward -> byId.put(onward.getId(), onward));
    List<TimelineEntry> entries = new java.util.ArrayList<>();
    made.forEach(onward -> entries.add(TimelineEntry.of(onward.getReferredOn(), onward.getRecordedAt(),
        onward.getKindOfHelp().label() + ": " + onward.getServiceType().label(), onward.getRecordedBy(),
        Audience.HEALTH).withDetail(onward.getServiceName())));
    followUps.findByOnwardReferralIdIn(byId.keySet()).forEach(followUp -> {
      OnwardReferral onward = byId.get(followUp.getOnwardReferralId());
      entries.add(TimelineEntry.of(followUp.getFollowedUpOn(), followUp.getRecordedAt(),
          "Follow-up of " + onward.getServiceType().label() + ": " + followUp.getOutcome().label(),
          followUp.getRecordedBy(), Audience.HEALTH));
    });
    return entries;
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
