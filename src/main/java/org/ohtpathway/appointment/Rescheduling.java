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

/** One move of an appointment: the slot it had, who asked and why; who recorded it and when. */
@Entity
@Table(name = "appointment_rescheduling", indexes = {@Index(columnList = "referral_id"),
    @Index(columnList = "appointment_id")})
public class Rescheduling extends RecordedAction {

  @Column(nullable = false)
  private Long appointmentId;
  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private RescheduledBy askedBy;
  @Column(length = 1000)
  private String reason;
  @Embedded
  private Slot previous;

  protected Rescheduling() {
  }

  Rescheduling(Appointment appointment, Slot previous, RescheduledBy askedBy, String reason, String recordedBy,
      Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.appointmentId = appointment.getId();
    this.referralId = appointment.getReferralId();
    this.askedBy = askedBy;
    this.reason = reason;
    this.previous = previous;
  }

  void minimise() {
    reason = null;
    previous = previous.minimised();
  }

  public Long getAppointmentId() {
    return appointmentId;
  }

  public RescheduledBy getAskedBy() {
    return askedBy;
  }

  public String getReason() {
    return reason;
  }

  /** The slot the appointment had before this move. */
  public Slot getPrevious() {
    return previous;
  }
}
