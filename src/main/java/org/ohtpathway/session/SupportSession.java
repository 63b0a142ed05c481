package org.ohtpathway.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ohtpathway.appointment.RescheduledBy;
import org.ohtpathway.process.RecordedAction;

/** One support session: whether it happened, how, and the progress made on each goal. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class SupportSession extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  private int number;
  @Column(nullable = false)
  private LocalDate sessionDate;
  @Enumerated(EnumType.STRING)
  private Delivery delivery;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Attendance attendance;
  @Column(length = 1000)
  private String notHappenedReason;
  /** Who asked and why, for sessions rescheduled before appointments were; now the appointment keeps them. */
  @Enumerated(EnumType.STRING)
  private RescheduledBy rescheduledBy;
  @Column(length = 1000)
  private String rescheduleReason;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_goal_progress")
  private List<GoalProgress> progress = new ArrayList<>();
  @Column(length = 4000)
  private String notes;
  /** The next session's date of sessions recorded before appointments were booked. */
  private LocalDate nextSessionDate;
  private boolean reviewRequested;

  protected SupportSession() {
  }

  SupportSession(Long referralId, int number, SessionRecord record, String recordedBy,
      Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.number = number;
    this.sessionDate = record.sessionDate();
    this.delivery = record.delivery();
    this.attendance = record.attendance();
    this.notHappenedReason = record.notHappenedReason();
    this.progress = new ArrayList<>(record.progress());
    this.notes = record.notes();
    this.reviewRequested = record.reviewRequested();
  }

  /** Keeps the date and the attendance; drops what was said and done. */
  void minimise() {
    notHappenedReason = null;
    rescheduleReason = null;
    progress.clear();
    notes = null;
  }

  public Long getReferralId() {
    return referralId;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getSessionDate() {
    return sessionDate;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public Attendance getAttendance() {
    return attendance;
  }

  public String getNotHappenedReason() {
    return notHappenedReason;
  }

  public RescheduledBy getRescheduledBy() {
    return rescheduledBy;
  }

  public String getRescheduleReason() {
    return rescheduleReason;
  }

  public List<GoalProgress> getProgress() {
    return progress;
  }

  public String getNotes() {
    return notes;
  }

  public LocalDate getNextSessionDate() {
    return nextSessionDate;
  }

  public boolean isReviewRequested() {
    return reviewRequested;
  }

  public boolean isAttended() {
    return attendance.attended();
  }
}
