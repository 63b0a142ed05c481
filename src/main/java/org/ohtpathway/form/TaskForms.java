package org.ohtpathway.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** All server-side forms, by form id. */
@Component
public class TaskForms {

  private final Map<String, TaskForm> byId;

  public TaskForms(List<TaskForm> forms) {
    this.byId = forms.stream().collect(Collectors.toUnmodifiableMap(TaskForm::formId, Function.identity()));
  }

  public Optional<TaskForm> find(String formId) {
    return formId == null ? Optional.empty() : Optional.ofNullable(byId.get(formId));
  }

  public Set<String> formIds() {
    return byId.keySet();
  }
}
