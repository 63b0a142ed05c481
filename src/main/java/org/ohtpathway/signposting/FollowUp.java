package org.ohtpathway.signposting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/** What became of an onward referral, found out by the Health Trainer. */
@Entity
@Table(indexes = @Index(columnList = "onward_referral_id"))
public class FollowUp extends RecordedAction {

  @Column(nullable = false)
  private Long onwardReferralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FollowUpOutcome outcome;
  @Column(nullable = false)
  private LocalDate followedUpOn;
  @Column(length = 4000)
  private String note;

  protected FollowUp() {
  }

  FollowUp(Long onwardReferralId, FollowUpOutcome outcome, LocalDate followedUpOn, String note,
      String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.onwardReferralId = onwardReferralId;
    this.outcome = outcome;
    this.followedUpOn = followedUpOn;
    this.note = note;
  }

  public Long getOnwardReferralId() {
    return onwardReferralId;
  }

  public FollowUpOutcome getOutcome() {
    return outcome;
  }

  public LocalDate getFollowedUpOn() {
    return followedUpOn;
  }

  public String getNote() {
    return note;
  }
}
