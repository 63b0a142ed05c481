package org.ohtpathway.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.stereotype.Component;

/**
 * The notification events of the BPMN (message throw and end events, shown with an envelope):
 * each names its event in the input parameter {@code notification}.
 */
@Component("notify")
class Notify implements JavaDelegate {

  private final Notifier notifier;

  Notify(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.notify(NotificationEvent.byId(PathwayVariables.NOTIFICATION.requiredFrom(execution)), execution);
  }
}
