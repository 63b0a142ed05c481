package org.ohtpathway.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Connects every start event and user task that has a Camunda Form to its {@link TaskForm}:
 * the form's details are computed when it is opened, submissions are checked and recorded
 * before the engine sees them, and a task or process with a form can only be completed or
 * started by submitting that form (so no stage is ever completed without its record). Which
 * command is running decides that, not anything the caller sends: only the engine's form
 * submission commands pass.
 */
@Component
public class TaskFormPlugin extends AbstractProcessEnginePlugin {

  private static final String FORM_REF = "formRef";

  private final Supplier<TaskForms> forms;
  private final Supplier<FormGate> gate;

  public TaskFormPlugin(ObjectProvider<TaskForms> forms, ObjectProvider<FormGate> gate) {
    // Resolved on first use: the forms need services that need the engine this plugin configures.
    this.forms = forms::getObject;
    this.gate = gate::getObject;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new FormParseListener());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private boolean handled(String formId) {
    return formId != null && forms.get().find(formId).isPresent();
  }

  private void keepReferences(String formId, DelegateTask task) {
    forms.get().find(formId).ifPresent(form -> {
      FormScope scope = new FormScope(task, () -> gate.get().referralIdOf(task.getProcessInstanceId()));
      task.setVariablesLocal(form.references(scope));
    });
  }

  private static void requireSubmittedThroughForm(Class<?> formCommand, String what, String formId) {
    CommandInvocationContext command = Context.getCommandInvocationContext();
    if (command == null || !formCommand.isInstance(command.getCommand())) {
      throw new BadUserRequestException(what + " only by submitting its form '" + formId
          + "' (in Tasklist, or with POST .../submit-form), which records what the form asks.");
    }
  }

  private class FormParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, FORM_REF);
      TaskDefinition definition =
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      definition.setTaskFormHandler(
          new RecordingFormHandler(definition.getTaskFormHandler(), formId, forms, gate));
      if (formId == null) {
        return;
      }
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
          task -> keepReferences(formId, task));
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> {
        if (handled(formId)) {
          requireSubmittedThroughForm(SubmitTaskFormCmd.class,
              "The task '" + task.getName() + "' can be completed", formId);
        }
      });
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, FORM_REF);
      if (formId == null || !(scope instanceof ProcessDefinitionEntity)) {
        return;
      }
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, execution -> {
        if (handled(formId)) {
          requireSubmittedThroughForm(SubmitStartFormCmd.class, "A process of this kind can be started", formId);
        }
      });
    }

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity processDefinition) {
      if (processDefinition.getStartFormHandler() == null) {
        return;
      }
      String formId = element.elements("startEvent").stream()
          .map(startEvent -> startEvent.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, FORM_REF))
          .filter(Objects::nonNull).findFirst().orElse(null);
      processDefinition.setStartFormHandler(new RecordingFormHandler(
          processDefinition.getStartFormHandler(), formId, forms, gate));
    }
  }
}
