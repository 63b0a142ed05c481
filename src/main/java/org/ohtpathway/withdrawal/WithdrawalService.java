package org.ohtpathway.withdrawal;

import java.util.List;
import org.ohtpathway.appointment.AppointmentService;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.progress.Milestone;
import java.time.LocalDate;
import java.util.Optional;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class WithdrawalService implements CaseStage {

  private final WithdrawalRepository withdrawals;
  private final ConsentWithdrawalRepository consentWithdrawals;
  private final CaseProgress progress;
  private final AppointmentService appointments;

  WithdrawalService(WithdrawalRepository withdrawals, ConsentWithdrawalRepository consentWithdrawals,
      CaseProgress progress, AppointmentService appointments) {
    this.appointments = appointments;
    this.withdrawals = withdrawals;
    this.consentWithdrawals = consentWithdrawals;
    this.progress = progress;
  }

  public Withdrawal withdraw(Long referralId, WithdrawalReason reason, String details, String practitioner) {
    Withdrawal withdrawal = withdrawals.save(new Withdrawal(referralId, reason, details, practitioner,
        ServiceClock.now()));
    progress.reached(referralId, Milestone.WITHDRAWN, ServiceClock.today(), practitioner);
    progress.ended(referralId, EndState.WITHDRAWN, ServiceClock.today());
    appointments.cancelBooked(referralId, practitioner);
    return withdrawal;
  }

  public ConsentWithdrawal withdrawConsent(Long referralId, LocalDate withdrawnOn, ReportedBy reportedBy,
      String recordedBy) {
    ConsentWithdrawal withdrawal = consentWithdrawals.save(
        new ConsentWithdrawal(referralId, withdrawnOn, reportedBy, recordedBy, ServiceClock.now()));
    progress.reached(referralId, Milestone.CONSENT_WITHDRAWN, withdrawnOn, recordedBy);
    progress.ended(referralId, EndState.WITHDRAWN, withdrawnOn);
    appointments.cancelBooked(referralId, recordedBy);
    return withdrawal;
  }

  /** The practitioner's withdrawal (its coded reason) and a withdrawal of consent. */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    List<TimelineEntry> entries = new java.util.ArrayList<>();
    withdrawalOf(referralId).ifPresent(withdrawal -> entries.add(TimelineEntry.of(
        LocalDate.ofInstant(withdrawal.getRecordedAt(), ServiceClock.SERVICE_ZONE), withdrawal.getRecordedAt(),
        "Withdrawn by the practitioner: " + withdrawal.getReason().label(), withdrawal.getRecordedBy(),
        Audience.PROGRESS)));
    consentWithdrawalOf(referralId).ifPresent(withdrawal -> entries.add(TimelineEntry.of(withdrawal.getWithdrawnOn(),
        withdrawal.getRecordedAt(), "Consent withdrawn (" + withdrawal.getReportedBy().label() + ")",
        withdrawal.getRecordedBy(), Audience.PROGRESS)));
    return entries;
  }

  @Override
  public void minimise(Long referralId) {
    withdrawals.findByReferralId(referralId).forEach(Withdrawal::minimise);
  }

  @Transactional(readOnly = true)
  public Optional<Withdrawal> withdrawalOf(Long referralId) {
    return withdrawals.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }

  @Transactional(readOnly = true)
  public Optional<ConsentWithdrawal> consentWithdrawalOf(Long referralId) {
    return consentWithdrawals.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }
}
