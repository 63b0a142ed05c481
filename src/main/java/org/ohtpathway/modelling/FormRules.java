package org.ohtpathway.modelling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
    JsonNode form;
    try {
      form = JSON.readTree(bytes);
    } catch (IOException unreadable) {
      throw new ModelRefusedException(resource + " cannot be read as a form: it is not well-formed JSON.");
    }
    check(resource, form, form.path("id").asText("?"));
  }

  private static void check(String resource, JsonNode node, String where) {
    if (node.isArray()) {
      node.forEach(child -> check(resource, child, where));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String place = node.hasNonNull("id") ? node.get("id").asText() : where;
    node.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      if (WORDS.contains(field.getKey()) && value.isTextual()
          && (value.asText().contains("{{") || value.asText().startsWith("="))) {
        throw new ModelRefusedException(resource + ", " + place + ": its " + field.getKey() + " is computed from"
            + " variables ({{...}} or =...): a form shows staff fixed words, and a referral's details in read-only"
            + " fields keyed by their variable.");
      }
    });
    if (node.has("defaultValue") && Set.of("checkbox", "checklist").contains(node.path("type").asText())) {
      throw new ModelRefusedException(resource + ", " + place + ": a box ticked in advance is not allowed: staff"
          + " tick what they confirm.");
    }
    node.forEach(child -> check(resource, child, place));
  }
}
