package org.ohtpathway.notification;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * What happens when a job fails: the engine's own handling, except that an {@link EmailJob},
 * which belongs to no activity of a model, is retried on {@code oht.notifications.retry-cycle}
 * as the model's {@code failedJobRetryTimeCycle} would have it (the engine would otherwise
 * retry it at once, three times).
 */
final class EmailJobRetry extends DefaultJobRetryCmd {

  /** Makes this command for every failed job. */
  static FailedJobCommandFactory factory(Supplier<String> retryCycle) {
    return new FailedJobCommandFactory() {
      @Override
      public Command<Object> getCommand(String jobId, Throwable exception) {
        return new EmailJobRetry(jobId, exception, retryCycle);
      }
    };
  }

  private final Supplier<String> retryCycle;

  private EmailJobRetry(String jobId, Throwable exception, Supplier<String> retryCycle) {
    super(jobId, exception);
    this.retryCycle = retryCycle;
  }

  @Override
  public Object execute(CommandContext commandContext) {
    JobEntity job = getJob();
    if (job == null || !EmailJob.TYPE.equals(job.getJobHandlerType())) {
      return super.execute(commandContext);
    }
    try {
      executeCustomStrategy(commandContext, job, null);
    } catch (Exception e) {
      executeStandardStrategy(commandContext);
    }
    return null;
  }

  @Override
  public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
    return activity == null ? ParseUtil.parseRetryIntervals(retryCycle.get())
        : super.getFailedJobRetryConfiguration(job, activity);
  }
}
