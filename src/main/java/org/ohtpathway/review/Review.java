package org.ohtpathway.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/** A decision to continue with more sessions or to move to exit. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class Review extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewKind kind;
  @Column(nullable = false)
  private LocalDate reviewedOn;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewDecision decision;
  private int additionalSessions;
  /** How many sessions had been recorded when the review was made. */
  private int sessionsBefore;
  @Column(length = 4000)
  private String note;

  protected Review() {
  }

  Review(Long referralId, ReviewKind kind, LocalDate reviewedOn, ReviewDecision decision,
      int additionalSessions, int sessionsBefore, String note, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.kind = kind;
    this.reviewedOn = reviewedOn;
    this.decision = decision;
    this.additionalSessions = additionalSessions;
    this.sessionsBefore = sessionsBefore;
    this.note = note;
  }

  void minimise() {
    note = null;
  }

  public Long getReferralId() {
    return referralId;
  }

  public ReviewKind getKind() {
    return kind;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public ReviewDecision getDecision() {
    return decision;
  }

  public int getAdditionalSessions() {
    return additionalSessions;
  }

  public int getSessionsBefore() {
    return sessionsBefore;
  }

  public String getNote() {
    return note;
  }
}
