package org.ohtpathway.exit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/** The exit summary the Health Trainer writes for the probation practitioner. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class ExitSummary extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Column(nullable = false, length = 4000)
  private String summary;

  protected ExitSummary() {
  }

  ExitSummary(Long referralId, String summary, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.summary = summary;
  }

  public Long getReferralId() {
    return referralId;
  }

  public String getSummary() {
    return summary;
  }
}
