package org.ohtpathway.withdrawal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/** The probation practitioner withdrew the referral. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class Withdrawal extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WithdrawalReason reason;
  @Column(length = 4000)
  private String details;

  protected Withdrawal() {
  }

  Withdrawal(Long referralId, WithdrawalReason reason, String details, String recordedBy,
      Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.reason = reason;
    this.details = details;
  }

  /** The details may say why, in the person's own circumstances; the coded reason stays. */
  void minimise() {
    details = null;
  }

  public Long getReferralId() {
    return referralId;
  }

  public WithdrawalReason getReason() {
    return reason;
  }

  public String getDetails() {
    return details;
  }
}
