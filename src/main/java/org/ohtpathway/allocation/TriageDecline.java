package org.ohtpathway.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/** A coordinator declined the referral at triage, with a coded reason (and, for "other", why in words). */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class TriageDecline extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DeclineReason reason;
  @Column(length = 1000)
  private String reasonDetail;
  @Column(nullable = false)
  private LocalDate declinedOn;

  protected TriageDecline() {
  }

  TriageDecline(Long referralId, DeclineReason reason, String reasonDetail, LocalDate declinedOn, String recordedBy,
      Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.reason = reason;
    this.reasonDetail = reasonDetail;
    this.declinedOn = declinedOn;
  }

  void minimise() {
    reasonDetail = null;
  }

  public Long getReferralId() {
    return referralId;
  }

  public DeclineReason getReason() {
    return reason;
  }

  public String getReasonDetail() {
    return reasonDetail;
  }

  public LocalDate getDeclinedOn() {
    return declinedOn;
  }
}
