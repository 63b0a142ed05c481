package org.ohtpathway.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/** One attempt by the Health Trainer to make first contact. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class ContactAttempt extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Column(nullable = false)
  private LocalDate attemptedOn;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactChannel channel;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactOutcome outcome;
  private LocalDate appointmentOn;
  @Column(length = 4000)
  private String note;

  protected ContactAttempt() {
  }

  ContactAttempt(Long referralId, LocalDate attemptedOn, ContactChannel channel,
      ContactOutcome outcome, LocalDate appointmentOn, String note, String recordedBy,
      Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.attemptedOn = attemptedOn;
    this.channel = channel;
    this.outcome = outcome;
    this.appointmentOn = appointmentOn;
    this.note = note;
  }

  void minimise() {
    note = null;
  }

  public Long getReferralId() {
    return referralId;
  }

  public LocalDate getAttemptedOn() {
    return attemptedOn;
  }

  public ContactChannel getChannel() {
    return channel;
  }

  public ContactOutcome getOutcome() {
    return outcome;
  }

  public LocalDate getAppointmentOn() {
    return appointmentOn;
  }

  public String getNote() {
    return note;
  }
}
