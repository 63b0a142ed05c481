package org.ohtpathway.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/** The probation practitioner read why their referral is not eligible. */
@Entity
public class IneligibilityAcknowledgement extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;

  protected IneligibilityAcknowledgement() {
  }

  IneligibilityAcknowledgement(Long referralId, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
  }

  public Long getReferralId() {
    return referralId;
  }
}
