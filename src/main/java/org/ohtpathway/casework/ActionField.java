package org.ohtpathway.casework;

import java.util.Map;

/**
 * One field of a case action's form, as the case view draws it.
 *
 * @param type {@code text}, {@code textarea}, {@code date}, {@code select}, {@code checklist} or
 *     {@code checkbox}
 * @param value the value it starts with (today's, when the action changes something), or null
 * @param options for {@code select} and {@code checklist}: value to label, in order
 */
public record ActionField(String key, String label, String type, boolean required, Object value,
    Map<String, String> options, String hint) {

  public static ActionField text(String key, String label, boolean required, Object value) {
    return new ActionField(key, label, "text", required, value, null, null);
  }

  public static ActionField textarea(String key, String label, boolean required, Object value) {
    return new ActionField(key, label, "textarea", required, value, null, null);
  }

  public static ActionField date(String key, String label, boolean required, Object value) {
    return new ActionField(key, label, "date", required, value, null, null);
  }

  public static ActionField select(String key, String label, boolean required, Object value,
      Map<String, String> options) {
    return new ActionField(key, label, "select", required, value, options, null);
  }

  public static ActionField checklist(String key, String label, Object value, Map<String, String> options) {
    return new ActionField(key, label, "checklist", false, value, options, null);
  }

  public static ActionField checkbox(String key, String label, Object value) {
    return new ActionField(key, label, "checkbox", false, value, null, null);
  }

  public ActionField withHint(String text) {
    return new ActionField(key, label, type, required, value, options, text);
  }
}
