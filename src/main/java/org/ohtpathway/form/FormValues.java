package org.ohtpathway.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** Values for forms: lists and options as the Json variables Camunda Forms read. */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private FormValues() {
  }

  public static TypedValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write form value as JSON", e);
    }
  }

  /** Options for a select, radio or checklist whose values come from a variable. */
  public static TypedValue options(Map<String, String> labelsByValue) {
    return json(labelsByValue.entrySet().stream()
        .map(entry -> Map.of("value", entry.getKey(), "label", entry.getValue()))
        .toList());
  }
}
