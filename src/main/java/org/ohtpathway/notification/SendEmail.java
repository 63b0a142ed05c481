package org.ohtpathway.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_SendEmail} of {@code SendNotification}. */
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
