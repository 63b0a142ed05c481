package org.ohtpathway.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/** The referring practitioner read what the service sent back about their referral. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class Acknowledgement extends RecordedAction {

  /** What was read. */
  public enum Subject { INELIGIBILITY, EXIT_SUMMARY }

  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Subject subject;

  protected Acknowledgement() {
  }

  Acknowledgement(Long referralId, Subject subject, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.subject = subject;
  }

  public Long getReferralId() {
    return referralId;
  }

  public Subject getSubject() {
    return subject;
  }
}
