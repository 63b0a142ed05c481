package org.ohtpathway.access;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.ohtpathway.process.PathwayVariables;

/**
 * The pathway's own variables (its references and gateway values) are set only by its forms and
 * steps. A user, whatever their permissions, cannot set or remove them through the engine's
 * variable commands, nor send them with a task's completion, a BPMN error or escalation, a
 * process start, a message or a signal (the REST API, Cockpit), so that
 * no caller can point a task at another referral or steer a gateway. The application's own
 * calls run without a user.
 */
class ReservedVariables extends CommandInterceptor {

  private final Set<String> reserved;
  private final IdentityService identity;

  ReservedVariables(Set<String> reserved, IdentityService identity) {
    this.reserved = reserved;
    this.identity = identity;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (identity.getCurrentAuthentication() != null) {
      List<String> touched = namesTouchedBy(command).stream().filter(reserved::contains).toList();
      if (!touched.isEmpty()) {
        throw new AuthorizationException(PathwayVariables.ownedByThePathway(touched.get(0)));
      }
    }
    return next.execute(command);
  }

  private static Collection<String> namesTouchedBy(Command<?> command) {
    List<String> names = new ArrayList<>();
    if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd) {
      addNames(names, field(command, "variables"));
    }
    if (command instanceof AbstractPatchVariablesCmd) {
      Collection<String> deletions = field(command, "deletions");
      if (deletions != null) {
        names.addAll(deletions);
      }
    }
    if (command instanceof CompleteTaskCmd || command instanceof HandleTaskBpmnErrorCmd
        || command instanceof HandleTaskEscalationCmd) {
      addNames(names, field(command, "variables"));
    }
    if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl start = field(command, "instantiationBuilder");
      if (start != null) {
        addNames(names, start.getVariables());
      }
    }
    if (command instanceof AbstractCorrelateMessageCmd) {
      MessageCorrelationBuilderImpl message = field(command, "builder");
      if (message != null) {
        addNames(names, message.getPayloadProcessInstanceVariables());
        addNames(names, message.getPayloadProcessInstanceVariablesLocal());
        addNames(names, message.getPayloadProcessInstanceVariablesToTriggeredScope());
      }
    }
    if (command instanceof SignalEventReceivedCmd) {
      SignalEventReceivedBuilderImpl signal = field(command, "builder");
      if (signal != null) {
        addNames(names, signal.getVariables());
      }
    }
    if (command instanceof AbstractRemoveVariableCmd) {
      Collection<String> removed = field(command, "variableNames");
      if (removed != null) {
        names.addAll(removed);
      }
    }
    return names;
  }

  private static void addNames(List<String> names, Map<String, ?> variables) {
    if (variables != null) {
      names.addAll(variables.keySet());
    }
  }

  /** The engine's variable commands keep what they change in protected fields of their base class. */
  @SuppressWarnings("unchecked")
  static <V> V field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (V) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getSimpleName(), e);
      }
    }
    return null;
  }
}
