package org.ohtpathway.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * The mail server accepted a notification's email. Written in its own transaction the moment
 * the server accepts it, so a retry of the sending job never sends it again.
 */
@Entity
public class NotificationDelivery {

  @Id
  private Long notificationId;
  @Column(nullable = false)
  private String address;
  @Column(nullable = false)
  private String messageId;
  @Column(nullable = false)
  private Instant sentAt;

  protected NotificationDelivery() {
  }

  NotificationDelivery(Long notificationId, String address, String messageId, Instant sentAt) {
    this.notificationId = notificationId;
    this.address = address;
    this.messageId = messageId;
    this.sentAt = sentAt;
  }

  public Long getNotificationId() {
    return notificationId;
  }

  public String getAddress() {
    return address;
  }

  public String getMessageId() {
    return messageId;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
