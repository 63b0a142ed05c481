package org.ohtpathway.exit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/** Support ended early by the case action "End support": why, and from when. */
@Entity
@Table(name = "support_ending")
public class SupportEnding extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private SupportEndingReason reason;
  @Column(length = 2000)
  private String reasonOther;
  @Column(nullable = false)
  private LocalDate endedOn;

  protected SupportEnding() {
  }

  SupportEnding(Long referralId, SupportEndingReason reason, String reasonOther, LocalDate endedOn,
      String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.reason = reason;
    this.reasonOther = reasonOther;
    this.endedOn = endedOn;
  }

  void minimise() {
    reasonOther = null;
  }

  public Long getReferralId() { return referralId; }
  public SupportEndingReason getReason() { return reason; }
  /** Null unless the reason is "other", and once the referral's details were removed. */
  public String getReasonOther() { return reasonOther; }
  public LocalDate getEndedOn() { return endedOn; }
}
