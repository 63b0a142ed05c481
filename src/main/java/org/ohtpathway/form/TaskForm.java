package org.ohtpathway.form;

import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The server side of one Camunda Form (matched by the form's {@code id}, the
 * {@code camunda:formRef} of a start event or user task).
 *
 * <p>When a task with this form is opened, {@link #context} supplies the read-only details
 * the form shows, for a user allowed to work it; they are never stored in the engine. When the
 * form is submitted, {@link #submit} reads and checks every value, records them in the domain
 * tables, and returns the few variables the process needs; everything else the form sent is
 * kept out of the engine.
 */
public interface TaskForm {

  String formId();

  /**
   * The group whose members work this form (a Camunda group of {@code security.Groups}); null for
   * a start form. A task that offers the form to another role cannot be worked, nor its details
   * shown, whatever a model says.
   */
  default String workedBy() {
    return null;
  }

  /**
   * References the task keeps from the moment it is created (ids of declared process
   * variables, never personal data), stored as task-local variables.
   */
  default Map<String, Object> references(FormScope scope) {
    return Map.of();
  }

  /** Read-only details shown on the form, computed each time it is opened. */
  default Map<String, Object> context(FormScope scope) {
    return Map.of();
  }

  /**
   * Checks and records a submission. Throws {@link FormRejectedException} (through
   * {@link FormInput#requireValid()}) before recording anything if a value breaks a rule.
   */
  VariableMap submit(FormInput input, FormScope scope);
}
