package org.ohtpathway.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Connects every start event and user task that has a Camunda Form to its {@link TaskForm}:
 * the form's read-only details are set when a task is created, submissions are checked and
 * recorded before the engine sees them, and a task with a form can only be completed by
 * submitting that form (so no stage is ever completed without its record).
 */
@Component
public class TaskFormPlugin extends AbstractProcessEnginePlugin {

  private static final String FORM_REF = "formRef";

  private final Supplier<TaskForms> forms;

  public TaskFormPlugin(ObjectProvider<TaskForms> forms) {
    // Resolved on first use: the forms need services that need the engine this plugin configures.
    this.forms = forms::getObject;
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

  private void prepare(String formId, DelegateTask task) {
    forms.get().find(formId).ifPresent(form -> {
      Map<String, Object> context = form.context(new FormScope(task));
      task.setVariablesLocal(context);
    });
  }

  private static void requireSubmittedThroughForm(Object marker, String what, String formId) {
    if (!Boolean.TRUE.equals(marker)) {
      throw new ProcessEngineException(what + " only by submitting its form '" + formId
          + "' (in Tasklist, or with POST .../submit-form), which records what the form asks.");
    }
  }

  private class FormParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, FORM_REF);
      if (formId == null) {
        return;
      }
      TaskDefinition definition =
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      definition.setTaskFormHandler(
          new RecordingFormHandler(definition.getTaskFormHandler(), formId, forms));
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
          task -> prepare(formId, task));
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> {
        if (handled(formId)) {
          requireSubmittedThroughForm(task.getVariableLocal(RecordingFormHandler.SUBMITTED_THROUGH_FORM),
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
          DelegateExecution start = (DelegateExecution) execution;
          requireSubmittedThroughForm(start.getVariableLocal(RecordingFormHandler.SUBMITTED_THROUGH_FORM),
              "A process of this kind can be started", formId);
        }
      });
    }

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity processDefinition) {
      for (Element startEvent : element.elements("startEvent")) {
        String formId = startEvent.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, FORM_REF);
        if (formId != null && processDefinition.getStartFormHandler() != null) {
          processDefinition.setStartFormHandler(new RecordingFormHandler(
              processDefinition.getStartFormHandler(), formId, forms));
        }
      }
    }
  }
}
