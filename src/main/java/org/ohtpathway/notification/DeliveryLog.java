package org.ohtpathway.notification;

import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The idempotency record of sent emails. */
@Component
class DeliveryLog {

  private final NotificationDeliveryRepository deliveries;

  DeliveryLog(NotificationDeliveryRepository deliveries) {
    this.deliveries = deliveries;
  }

  boolean delivered(Long notificationId) {
    return deliveries.existsById(notificationId);
  }

  /**
   * Committed at once, whatever happens to the job that sent the email afterwards: a retry
   * of that job finds the record and does not send the email again.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(Long notificationId, String address, String messageId) {
    deliveries.save(new NotificationDelivery(notificationId, address, messageId, ServiceClock.now()));
  }
}
