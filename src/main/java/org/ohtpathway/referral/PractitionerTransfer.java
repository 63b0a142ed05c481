package org.ohtpathway.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/** Probation moved a case to another practitioner; every transfer is kept. */
@Entity
public class PractitionerTransfer extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Column(nullable = false, length = 64)
  private String fromPractitionerId;
  @Column(nullable = false, length = 64)
  private String toPractitionerId;
  @Column(length = 1000)
  private String reason;

  protected PractitionerTransfer() {
  }

  PractitionerTransfer(Long referralId, String fromPractitionerId, String toPractitionerId, String reason,
      String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.fromPractitionerId = fromPractitionerId;
    this.toPractitionerId = toPractitionerId;
    this.reason = reason;
  }

  void minimise() {
    reason = null;
  }

  public Long getReferralId() { return referralId; }
  public String getFromPractitionerId() { return fromPractitionerId; }
  public String getToPractitionerId() { return toPractitionerId; }
  public String getReason() { return reason; }
}
