package org.ohtpathway.form;

import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.FormHandler;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.ohtpathway.process.PathwayVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of the engine's own form handler of every start event and user task. A
 * submission is handed to the
 * {@link TaskForm} for the form id, for a user the {@link FormGate} lets work the task; only the
 * variables it returns reach the engine. The details a form shows are computed when the form's
 * variables are read, for a user allowed to work the task, and returned as form fields: they are
 * never stored, so no variable query can probe them. Forms without a {@link TaskForm} behave as
 * Camunda's do.
 */
class RecordingFormHandler implements TaskFormHandler, StartFormHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RecordingFormHandler.class);

  private final FormHandler engineHandler;
  private final String formId;
  private final Supplier<TaskForms> forms;
  private final Supplier<FormGate> gate;

  RecordingFormHandler(FormHandler engineHandler, String formId, Supplier<TaskForms> forms,
      Supplier<FormGate> gate) {
    this.engineHandler = engineHandler;
    this.formId = formId;
    this.forms = forms;
    this.gate = gate;
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    VariableMap keep;
    try {
      keep = forms.get().find(formId)
          .map(form -> form.submit(FormInput.of(properties), scopeOf(variableScope, form)))
          .orElseGet(() -> withoutThePathwaysVariables(properties));
    } catch (FormRejectedException e) {
      LOG.info("Form '{}' refused: {} problem(s) to correct", formId, e.problems().size());
      throw e;
    }
    engineHandler.submitFormVariables(keep, variableScope);
  }

  /**
   * A form the application does not know (a model without one, or naming another) hands its
   * values to the engine as they are: never, from a user, one of the pathway's own variables.
   */
  private static VariableMap withoutThePathwaysVariables(VariableMap properties) {
    CommandContext command = Context.getCommandContext();
    boolean fromUser = command != null && command.getAuthentication() != null;
    properties.keySet().stream().filter(name -> fromUser && PathwayVariables.NAMES.contains(name)).findFirst()
        .ifPresent(name -> {
          throw new AuthorizationException(PathwayVariables.ownedByThePathway(name));
        });
    return properties;
  }

  private FormScope scopeOf(VariableScope variableScope, TaskForm form) {
    if (variableScope instanceof TaskEntity task) {
      gate.get().requireMayWork(task, form.workedBy());
      return new FormScope(task, () -> gate.get().referralIdOf(task.getProcessInstanceId()));
    }
    return new FormScope(variableScope, null);
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    TaskFormData data = ((TaskFormHandler) engineHandler).createTaskForm(task);
    // Only the command that returns a form's variables needs its details; the others (the form
    // key, a rendered form) neither compute nor show them.
    CommandInvocationContext command = Context.getCommandInvocationContext();
    if (command == null || !(command.getCommand() instanceof GetTaskFormVariablesCmd)) {
      return data;
    }
    forms.get().find(formId).filter(form -> gate.get().maySee(task, form.workedBy())).ifPresent(form -> {
      FormScope scope = new FormScope(task, () -> gate.get().referralIdOf(task.getProcessInstanceId()));
      for (Map.Entry<String, Object> detail : form.context(scope).entrySet()) {
        FormFieldImpl field = new FormFieldImpl();
        field.setId(detail.getKey());
        field.setValue(typed(detail.getValue()));
        data.getFormFields().add(field);
      }
    });
    return data;
  }

  private static TypedValue typed(Object value) {
    if (value == null) {
      return Variables.untypedNullValue();
    }
    if (value instanceof TypedValue typed) {
      return typed;
    }
    if (value instanceof Boolean b) {
      return Variables.booleanValue(b);
    }
    if (value instanceof Integer i) {
      return Variables.integerValue(i);
    }
    if (value instanceof Long l) {
      return Variables.longValue(l);
    }
    if (value instanceof Double d) {
      return Variables.doubleValue(d);
    }
    if (value instanceof Date d) {
      return Variables.dateValue(d);
    }
    return Variables.stringValue(String.valueOf(value));
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
