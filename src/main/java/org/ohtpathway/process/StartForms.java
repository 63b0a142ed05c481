package org.ohtpathway.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts a process by submitting its start form as the logged-in user, as Tasklist does: the
 * form's {@code TaskForm} checks and records the values and the engine's authorizations apply. A
 * process whose start event has a form cannot be started any other way ({@code TaskFormPlugin}),
 * so an action taken elsewhere (the case view) that means the same request submits that form.
 */
@Component
public class StartForms {

  private final RepositoryService repository;
  private final FormService forms;

  StartForms(RepositoryService repository, FormService forms) {
    this.repository = repository;
    this.forms = forms;
  }

  /** Submits the start form of the latest version of {@code processKey}; null values are left out. */
  public ProcessInstance submit(String processKey, Map<String, Object> values) {
    String definitionId = AsSystem.call(() -> repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult().getId());
    Map<String, Object> form = new LinkedHashMap<>();
    values.forEach((key, value) -> {
      if (value != null) {
        form.put(key, value);
      }
    });
    return forms.submitStartForm(definitionId, form);
  }
}
