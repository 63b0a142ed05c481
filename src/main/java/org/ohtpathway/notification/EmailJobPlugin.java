package org.ohtpathway.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Teaches the engine the {@link EmailJob}: its handler, its retry cycle, and how long its
 * history is kept. A job of no process instance has no end from which history cleanup counts,
 * so its job log is given a removal time when it is written.
 */
@Component
class EmailJobPlugin extends AbstractProcessEnginePlugin {

  /** As long as the history of the notification processes that sent emails before. */
  static final Duration HISTORY_KEPT = Duration.ofDays(365);

  private final ObjectProvider<NotificationSender> sender;
  private final NotificationProperties properties;

  EmailJobPlugin(ObjectProvider<NotificationSender> sender, NotificationProperties properties) {
    // The sender is resolved on first use: it needs the engine this plugin configures.
    this.sender = sender;
    this.properties = properties;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new EmailJob(sender::getObject));
    configuration.setCustomJobHandlers(handlers);
    configuration.setFailedJobCommandFactory(EmailJobRetry.factory(properties::retryCycle));

    List<HistoryEventHandler> history = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    history.add(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricJobLogEventEntity log && EmailJob.TYPE.equals(log.getJobDefinitionType())) {
          log.setRemovalTime(new Date(ClockUtil.getCurrentTime().getTime() + HISTORY_KEPT.toMillis()));
        }
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
      }
    });
    configuration.setCustomHistoryEventHandlers(history);
  }
}
