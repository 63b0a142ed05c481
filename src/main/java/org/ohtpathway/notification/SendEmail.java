package org.ohtpathway.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_SendEmail} of the {@code SendNotification} process that sent each email
 * before the {@link EmailJob}: kept so that emails queued, or failed, before an upgrade still
 * go out (or are retried from Cockpit) on their old process.
 */
@Component("sendEmail")
class SendEmail implements JavaDelegate {

  private final NotificationSender sender;

  SendEmail(NotificationSender sender) {
    this.sender = sender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.send(PathwayVariables.NOTIFICATION_ID.requiredFrom(execution));
  }
}
