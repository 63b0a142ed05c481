package org.ohtpathway.form;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submission that breaks a rule of its form. The engine refuses it before anything is
 * recorded, so the task stays open; the REST API answers 400 with this message, which
 * Tasklist shows to the user.
 */
public class FormRejectedException extends FormFieldValidationException {

  private final List<String> problems;

  public FormRejectedException(List<String> problems) {
    super(List.copyOf(problems), message(problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    String heading = problems.size() == 1
        ? "Please correct the form: "
        : "Please correct the form (" + problems.size() + " problems): ";
    return heading + String.join(" | ", problems);
  }
}
