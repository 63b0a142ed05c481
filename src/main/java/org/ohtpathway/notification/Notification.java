package org.ohtpathway.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/**
 * One email to send: an event of a referral for one recipient, a user or a team's mailbox.
 * It holds no content; the email is written from its template when it is sent.
 */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class Notification extends RecordedAction {

  @Column(nullable = false, length = 64)
  private String event;
  @Column(nullable = false)
  private Long referralId;
  @Column(nullable = false, length = 64)
  private String pathwayInstanceId;
  @Column(length = 64)
  private String recipientUserId;
  @Column(length = 64)
  private String recipientGroupId;
  private Long appointmentId;

  protected Notification() {
  }

  Notification(NotificationEvent event, Long referralId, String pathwayInstanceId, String recipientUserId,
      String recipientGroupId, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.event = event.id();
    this.referralId = referralId;
    this.pathwayInstanceId = pathwayInstanceId;
    this.recipientUserId = recipientUserId;
    this.recipientGroupId = recipientGroupId;
  }

  Notification about(Long appointmentId) {
    this.appointmentId = appointmentId;
    return this;
  }

  public NotificationEvent getEvent() {
    return NotificationEvent.byId(event);
  }

  public Long getReferralId() {
    return referralId;
  }

  public String getPathwayInstanceId() {
    return pathwayInstanceId;
  }

  /** The user the email is for, or null when it goes to a team's mailbox. */
  public String getRecipientUserId() {
    return recipientUserId;
  }

  public String getRecipientGroupId() {
    return recipientGroupId;
  }

  /** The appointment the email's calendar invitation is made from, or null. */
  public Long getAppointmentId() {
    return appointmentId;
  }
}
