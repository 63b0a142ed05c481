package org.ohtpathway.access;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.ohtpathway.security.Groups;

/**
 * The engine commands that would let a member of staff step around the pathway's forms: start
 * a process other than through its start form (at an activity of their choosing, a restart, a
 * message, a signal or a condition), end or divert a task other than through its form (a BPMN
 * error or escalation), hand a task on
 * by delegation, rewrite a task's name, dates and priority, which come from the model, or keep
 * comments and attachments outside the pathway's records. Staff
 * do all of their work through forms; only administrators may use these, to repair an instance.
 */
class StaffCommands extends CommandInterceptor {

  private static final String START = "Processes are started by submitting their start form (in Tasklist, or"
      + " with POST .../submit-form), which records what the form asks.";
  private static final String END = "A task ends only by submitting its form (in Tasklist, or with POST"
      + " .../submit-form), which records what the form asks.";

  private static final String EVENTS = "Messages, signals and conditions are sent by the pathway's own steps:"
      + " staff act through its forms.";

  /** Refused commands, and the sentence that says why. */
  private static final Map<Class<?>, String> THROUGH_FORMS = Map.of(
      StartProcessInstanceCmd.class, START,
      StartProcessInstanceAtActivitiesCmd.class, START,
      AbstractRestartProcessInstanceCmd.class, START,
      HandleTaskBpmnErrorCmd.class, END,
      HandleTaskEscalationCmd.class, END,
      AbstractCorrelateMessageCmd.class, EVENTS,
      SignalEventReceivedCmd.class, EVENTS,
      EvaluateStartConditionCmd.class, EVENTS);
  private static final List<Class<?>> DELEGATION = List.of(DelegateTaskCmd.class, ResolveTaskCmd.class);

  /**
   * Camunda's comments and attachments: the engine checks no permission on them, they are kept
   * in its history beyond the reach of consent withdrawal and retention, and anyone could read
   * what a trainer typed there.
   */
  private static final List<Class<?>> COMMENTS = List.of(AddCommentCmd.class, UpdateCommentCmd.class,
      DeleteTaskCommentCmd.class, DeleteProcessInstanceCommentCmd.class, GetTaskCommentCmd.class,
      GetTaskCommentsCmd.class, GetProcessInstanceCommentsCmd.class, CreateAttachmentCmd.class,
      SaveAttachmentCmd.class, DeleteAttachmentCmd.class, GetAttachmentCmd.class, GetAttachmentContentCmd.class,
      GetTaskAttachmentCmd.class, GetTaskAttachmentContentCmd.class, GetTaskAttachmentsCmd.class,
      GetProcessInstanceAttachmentsCmd.class);

  private final IdentityService identity;

  StaffCommands(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Authentication user = identity.getCurrentAuthentication();
    if (user != null && !Groups.isAdmin(user)) {
      refuseIfStaffMayNot(command);
    }
    return next.execute(command);
  }

  private static void refuseIfStaffMayNot(Command<?> command) {
    THROUGH_FORMS.forEach((type, why) -> {
      if (type.isInstance(command)) {
        throw new BadUserRequestException(why);
      }
    });
    if (DELEGATION.stream().anyMatch(type -> type.isInstance(command))) {
      throw new AuthorizationException("Tasks of the pathway are not delegated: an OHT coordinator gives a task to"
          + " another member of its role.");
    }
    if (COMMENTS.stream().anyMatch(type -> type.isInstance(command))) {
      throw new AuthorizationException("Comments and attachments are not kept on a referral's tasks: they would"
          + " outlive the person's consent. Record what matters in the task's form.");
    }
    if (command instanceof SaveTaskCmd) {
      TaskEntity task = ReservedVariables.field(command, "task");
      if (task != null && task.getProcessDefinitionId() != null) {
        throw new AuthorizationException("A task's name, dates and priority come from the pathway: an OHT"
            + " coordinator may change only who has it.");
      }
    }
  }
}
