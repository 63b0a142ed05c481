package org.ohtpathway.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/**
 * An appointment of the person with their Health Trainer, booked by the health plan (the first)
 * or by a support session (the next); who booked it and when is the record's. Rescheduling
 * moves it to another slot and keeps the one it had ({@link Rescheduling}); the session recorded
 * for it says whether it was attended.
 */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class Appointment extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  private int number;
  @Embedded
  private Slot slot;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AppointmentStatus status;
  private Long sessionId;
  private Instant outcomeRecordedAt;
  @Column(length = 64)
  private String outcomeRecordedBy;

  protected Appointment() {
  }

  Appointment(Long referralId, int number, Slot slot, String bookedBy, Instant bookedAt) {
    super(bookedBy, bookedAt);
    this.referralId = referralId;
    this.number = number;
    this.slot = slot;
    this.status = AppointmentStatus.BOOKED;
  }

  void moveTo(Slot to) {
    this.slot = to;
  }

  void outcome(AppointmentStatus outcome, Long sessionId, String by, Instant at) {
    this.status = outcome;
    this.sessionId = sessionId;
    this.outcomeRecordedBy = by;
    this.outcomeRecordedAt = at;
  }

  void minimise() {
    slot = slot.minimised();
  }

  public Long getReferralId() {
    return referralId;
  }

  public int getNumber() {
    return number;
  }

  public Slot getSlot() {
    return slot;
  }

  public AppointmentStatus getStatus() {
    return status;
  }

  public boolean isBooked() {
    return status == AppointmentStatus.BOOKED;
  }

  /** The support session recorded for it, once it has one. */
  public Long getSessionId() {
    return sessionId;
  }

  public Instant getOutcomeRecordedAt() {
    return outcomeRecordedAt;
  }

  public String getOutcomeRecordedBy() {
    return outcomeRecordedBy;
  }
}
