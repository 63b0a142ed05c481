package org.ohtpathway.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Camunda Form as the server reads it: its id and the fields it submits, each by the key the
 * server reads it by ({@code goals[].topic} for a field of a list), with the codes a choice offers.
 */
record FormFields(String id, String platform, String platformVersion, Map<String, Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The components that submit a value. */
  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
      "checklist", "radio", "select", "taglist");

  /** One field: where it is (its component id and label) and what it may send. */
  record Field(String key, String componentId, String label, String type, List<String> codes, List<String> choices) {

    /** The field as the designer sees it in the form editor. */
    String described() {
      return componentId + (label.isEmpty() ? "" : " '" + label + "'");
    }
  }

  /** The form's fields, or empty when the file is not a form (the allow-list says why). */
  static Optional<FormFields> read(byte[] bytes) {
    JsonNode form;
    try {
      form = JSON.readTree(bytes);
    } catch (IOException unreadable) {
      return Optional.empty();
    }
    if (form == null || !form.isObject()) {
      return Optional.empty();
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(form.path("components"), "", fields);
    return Optional.of(new FormFields(form.path("id").asText(""),
        form.hasNonNull("executionPlatform") ? form.get("executionPlatform").asText() : null,
        form.hasNonNull("executionPlatformVersion") ? form.get("executionPlatformVersion").asText() : null, fields));
  }

  private static void collect(JsonNode components, String prefix, Map<String, Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (INPUTS.contains(type) && component.hasNonNull("key")) {
        String key = prefix + component.get("key").asText();
        List<String> codes = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        component.path("values").forEach(value -> {
          codes.add(value.path("value").asText());
          choices.add("'" + value.path("label").asText() + "' = " + value.path("value").asText());
        });
        fields.put(key, new Field(key, component.path("id").asText(key), component.path("label").asText(""), type,
            codes, choices));
      }
      if (component.has("components")) {
        String path = component.path("path").asText("");
        String inner = path.isEmpty() ? prefix : prefix + path + ("dynamiclist".equals(type) ? "[]." : ".");
        collect(component.get("components"), inner, fields);
      }
    }
  }
}
