package org.ohtpathway.notification;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.ohtpathway.process.PathwayModel;

/**
 * The job that sends one notification's email: one row in the engine's job table, whose
 * configuration is the notification's id, and nothing else. It is retried on
 * {@code oht.notifications.retry-cycle} ({@link EmailJobRetry}), then shows as an incident on the
 * process of the referral that called for it (Cockpit, the process's Incidents tab).
 */
final class EmailJob implements JobHandler<EmailJob.Of> {

  static final String TYPE = "oht-send-email";

  /** The notification a job sends. */
  record Of(Long notificationId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return notificationId.toString();
    }
  }

  private final Supplier<NotificationSender> sender;

  EmailJob(Supplier<NotificationSender> sender) {
    this.sender = sender;
  }

  /**
   * Queues the job in the transaction under way; it runs once that commits. It is filed under
   * the process definition of {@code processInstanceId} (or, once that instance has ended,
   * the pathway's newest version), so that its incident is counted where the referral is.
   */
  static void queue(CommandContext commandContext, Long notificationId, String processInstanceId) {
    ExecutionEntity instance = processInstanceId == null ? null
        : commandContext.getExecutionManager().findExecutionById(processInstanceId);
    ProcessDefinitionEntity definition = instance != null ? instance.getProcessDefinition()
        : commandContext.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedLatestProcessDefinitionByKey(PathwayModel.PROCESS_PATHWAY);
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfiguration(new Of(notificationId));
    if (definition != null) {
      job.setProcessDefinitionId(definition.getId());
      job.setProcessDefinitionKey(definition.getKey());
      job.setDeploymentId(definition.getDeploymentId());
    }
    commandContext.getJobManager().send(job);
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Of configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    try {
      sender.get().send(configuration.notificationId());
    } catch (RuntimeException e) {
      // The incident's message in Cockpit: which email, and why.
      throw new ProcessEngineException("The email of notification " + configuration.notificationId()
          + " was not sent: " + e.getMessage(), e);
    }
  }

  @Override
  public Of newConfiguration(String canonicalString) {
    return new Of(Long.valueOf(canonicalString));
  }

  @Override
  public void onDelete(Of configuration, JobEntity jobEntity) {
  }
}
