package org.ohtpathway.exit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/** The probation practitioner read the exit summary. */
@Entity
public class ExitSummaryReceipt extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;

  protected ExitSummaryReceipt() {
  }

  ExitSummaryReceipt(Long referralId, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
  }

  public Long getReferralId() {
    return referralId;
  }
}
