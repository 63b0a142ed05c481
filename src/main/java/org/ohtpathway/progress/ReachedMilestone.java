package org.ohtpathway.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/** A referral reached a milestone on a date, recorded by someone. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"referral_id", "milestone"}))
public class ReachedMilestone extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Milestone milestone;
  @Column(nullable = false)
  private LocalDate reachedOn;

  protected ReachedMilestone() {
  }

  ReachedMilestone(Long referralId, Milestone milestone, LocalDate reachedOn, String recordedBy, Instant at) {
    super(recordedBy, at);
    this.referralId = referralId;
    this.milestone = milestone;
    this.reachedOn = reachedOn;
  }

  /** A later report of the same milestone with an earlier date (an attempt recorded late) moves it back. */
  void reachedAlsoOn(LocalDate on) {
    if (on.isBefore(reachedOn)) {
      reachedOn = on;
    }
  }

  public Long getReferralId() { return referralId; }
  public Milestone getMilestone() { return milestone; }
  public LocalDate getReachedOn() { return reachedOn; }
}
