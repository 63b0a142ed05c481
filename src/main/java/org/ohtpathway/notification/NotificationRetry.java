package org.ohtpathway.notification;

import org.springframework.stereotype.Component;

/** The retry cycle of the sending job, read by the BPMN: {@code ${notificationRetry.cycle()}}. */
@Component("notificationRetry")
public class NotificationRetry {

  private final NotificationProperties properties;

  NotificationRetry(NotificationProperties properties) {
    this.properties = properties;
  }

  public String cycle() {
    return properties.retryCycle();
  }
}
