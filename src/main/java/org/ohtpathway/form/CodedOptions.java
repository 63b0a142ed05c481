package org.ohtpathway.form;

import java.util.LinkedHashMap;
import java.util.Map;

/** A coded list's values and labels, in order, for a field that offers them. */
public final class CodedOptions {

  private CodedOptions() {
  }

  public static <E extends Enum<E> & Coded> Map<String, String> of(Class<E> type) {
    Map<String, String> options = new LinkedHashMap<>();
    for (E value : type.getEnumConstants()) {
      options.put(value.code(), value.label());
    }
    return options;
  }

  /** Yes and No, in that order, as {@link FormInput#requiredYesNo} reads them. */
  public static Map<String, String> yesNo() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("true", "Yes");
    options.put("false", "No");
    return options;
  }
}
