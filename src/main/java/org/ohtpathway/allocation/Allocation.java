package org.ohtpathway.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/** A coordinator allocated a referral to a Health Trainer. Every allocation is kept. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class Allocation extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Priority priority;
  @Column(nullable = false, length = 64)
  private String trainerId;
  @Column(length = 4000)
  private String note;

  protected Allocation() {
  }

  Allocation(Long referralId, Priority priority, String trainerId, String note, String recordedBy,
      Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.priority = priority;
    this.trainerId = trainerId;
    this.note = note;
  }

  void minimise() {
    note = null;
  }

  public Long getReferralId() {
    return referralId;
  }

  public Priority getPriority() {
    return priority;
  }

  public String getTrainerId() {
    return trainerId;
  }

  public String getNote() {
    return note;
  }
}
