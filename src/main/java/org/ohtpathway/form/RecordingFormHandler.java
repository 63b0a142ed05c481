package org.ohtpathway.form;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.FormHandler;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of the engine's own form handler. A submission is handed to the
 * {@link TaskForm} for the form id; only the variables it returns reach the engine. Forms
 * without a {@link TaskForm} behave as Camunda's do.
 */
class RecordingFormHandler implements TaskFormHandler, StartFormHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RecordingFormHandler.class);

  /** Set (transiently) on the task or process instance once its form went through here. */
  static final String SUBMITTED_THROUGH_FORM = "oht.submittedThroughForm";

  private final FormHandler engineHandler;
  private final String formId;
  private final Supplier<TaskForms> forms;

  RecordingFormHandler(FormHandler engineHandler, String formId, Supplier<TaskForms> forms) {
    this.engineHandler = engineHandler;
    this.formId = formId;
    this.forms = forms;
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    VariableMap keep;
    try {
      keep = forms.get().find(formId)
          .map(form -> form.submit(FormInput.of(properties), new FormScope(variableScope)))
          .orElse(properties);
    } catch (FormRejectedException e) {
      LOG.info("Form '{}' refused: {} problem(s) to correct", formId, e.problems().size());
      throw e;
    }
    engineHandler.submitFormVariables(keep, variableScope);
    variableScope.setVariableLocal(SUBMITTED_THROUGH_FORM, Variables.booleanValue(true, true));
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    return ((TaskFormHandler) engineHandler).createTaskForm(task);
  }

  @Override
  public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
    return ((StartFormHandler) engineHandler).createStartFormData(processDefinition);
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    engineHandler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }
}
