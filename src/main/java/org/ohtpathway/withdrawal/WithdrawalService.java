package org.ohtpathway.withdrawal;

import java.time.LocalDate;
import java.util.Optional;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class WithdrawalService {

  private final WithdrawalRepository withdrawals;
  private final ConsentWithdrawalRepository consentWithdrawals;

  WithdrawalService(WithdrawalRepository withdrawals, ConsentWithdrawalRepository consentWithdrawals) {
    this.withdrawals = withdrawals;
    this.consentWithdrawals = consentWithdrawals;
  }

  public Withdrawal withdraw(Long referralId, WithdrawalReason reason, String details, String practitioner) {
    return withdrawals.save(new Withdrawal(referralId, reason, details, practitioner, ServiceClock.now()));
  }

  public ConsentWithdrawal withdrawConsent(Long referralId, LocalDate withdrawnOn, ReportedBy reportedBy,
      String recordedBy) {
    return consentWithdrawals.save(
        new ConsentWithdrawal(referralId, withdrawnOn, reportedBy, recordedBy, ServiceClock.now()));
  }

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
