package org.ohtpathway.modelling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a Camunda Form may contain. A form is what staff read and tick: a text templated from
 * variables ({@code {{...}}}) or computed in FEEL ({@code =...}) could show them anything a
 * designer chose, and a box ticked in advance (such as the confirmation that removes a
 * person's details) would confirm for them. Conditions that show or hide a field may use FEEL.
 */
final class FormRules {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The properties that are shown to staff as words. */
  private static final Set<String> WORDS = Set.of("text", "label", "description", "dateLabel", "timeLabel",
      "placeholder", "content");

  private FormRules() {
  }

  static void check(String resource, byte[] bytes) {
    List<ModelRefusedException> problems = problems(resource, bytes);
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
  }

  /** Every component the rules refuse (the first problem of each), in the form's order. */
  static List<ModelRefusedException> problems(String resource, byte[] bytes) {
    JsonNode form;
    try {
      form = JSON.readTree(bytes);
    } catch (IOException unreadable) {
      return List.of(new ModelRefusedException(resource, null, "it cannot be read as a form: it is not well-formed"
          + " JSON."));
    }
    List<ModelRefusedException> problems = new ArrayList<>();
    check(resource, form, form.path("id").asText("?"), problems);
    return problems;
  }

  private static void check(String resource, JsonNode node, String where, List<ModelRefusedException> problems) {
    if (node.isArray()) {
      node.forEach(child -> check(resource, child, where, problems));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String place = node.hasNonNull("id") ? node.get("id").asText() : where;
    List<String> computed = new ArrayList<>();
    node.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      if (WORDS.contains(field.getKey()) && value.isTextual()
          && (value.asText().contains("{{") || value.asText().startsWith("="))) {
        computed.add(field.getKey());
      }
    });
    if (!computed.isEmpty()) {
      problems.add(new ModelRefusedException(resource, place, "its " + computed.get(0) + " is computed from"
          + " variables ({{...}} or =...): a form shows staff fixed words, and a referral's details in read-only"
          + " fields keyed by their variable."));
    } else if (node.has("defaultValue") && Set.of("checkbox", "checklist").contains(node.path("type").asText())) {
      problems.add(new ModelRefusedException(resource, place, "a box ticked in advance is not allowed: staff"
          + " tick what they confirm."));
    }
    node.forEach(child -> check(resource, child, place, problems));
  }
}
