package org.ohtpathway.withdrawal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/** The person withdrew their consent: processing stops. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class ConsentWithdrawal extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Column(nullable = false)
  private LocalDate withdrawnOn;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportedBy reportedBy;

  protected ConsentWithdrawal() {
  }

  ConsentWithdrawal(Long referralId, LocalDate withdrawnOn, ReportedBy reportedBy, String recordedBy,
      Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.withdrawnOn = withdrawnOn;
    this.reportedBy = reportedBy;
  }

  public Long getReferralId() {
    return referralId;
  }

  public LocalDate getWithdrawnOn() {
    return withdrawnOn;
  }

  public ReportedBy getReportedBy() {
    return reportedBy;
  }
}
