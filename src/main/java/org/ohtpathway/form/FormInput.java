package org.ohtpathway.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The values of one form submission, read field by field. Every reader names the field in
 * the words staff see, so a rejected submission says exactly what to fix; messages never
 * repeat the value entered, as they may be logged. Text that would not fit its database
 * column ({@link TextColumn}) is refused here rather than by the database. Problems are
 * collected rather than thrown one at a time; {@link #requireValid()} refuses the whole
 * submission if any were found.
 */
public final class FormInput {

  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * A date as UK staff write it, day/month/year (03/04/2027 is 3 April 2027). Forms send ISO dates
   * (2027-04-03); a date typed the UK way into a request is read the same way, never as month/day.
   */
  private static final Pattern UK_DATE = Pattern.compile("^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$");
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /**
   * Control characters other than line breaks and tabs, invisible format characters (zero-width
   * spaces and joiners, marks that reverse or isolate the direction of text) and halves of a
   * character: each can make a name read as another on a later form.
   */
  private static final Pattern HIDDEN_CHARACTERS =
      Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]|\\p{Cf}|\\p{Cs}");

  private final Map<String, Object> values;
  private final String labelPrefix;
  private final List<String> problems;

  private FormInput(Map<String, Object> values, String labelPrefix, List<String> problems) {
    this.values = values;
    this.labelPrefix = labelPrefix;
    this.problems = problems;
  }

  public static FormInput of(Map<String, ?> submitted) {
    if (submitted instanceof VariableMap variables && variables.keySet().stream()
        .anyMatch(key -> variables.getValueTyped(key) instanceof ObjectValue)) {
      // Reading one would build a Java object of the caller's choosing (or fail trying).
      throw new FormRejectedException(List.of("A value of the submission is an object, which no form sends:"
          + " send text, numbers, dates and lists."));
    }
    Map<String, Object> plain = new LinkedHashMap<>();
    submitted.forEach((key, value) -> plain.put(key, plain(value)));
    return new FormInput(plain, "", new ArrayList<>());
  }

  /** What was submitted, as plain values (a case action hands it on to the start form it submits). */
  public Map<String, Object> submitted() {
    return java.util.Collections.unmodifiableMap(values);
  }

  /** Whether the submission names the field at all (perhaps empty, to clear it). */
  public boolean sent(String key) {
    return values.containsKey(key);
  }

  public boolean has(String key) {
    Object value = values.get(key);
    return value != null && !(value instanceof String s && s.isBlank());
  }

  // text ////////////////////////////////////////////////////////////////

  /**
   * Optional text, stored in {@code column}: longer than the column holds is refused with the
   * field named and the length counted, never with the value.
   */
  public String text(String key, String label, TextColumn column) {
    return fits(label, plainText(key, label), column);
  }

  public String requiredText(String key, String label, TextColumn column) {
    if (!has(key)) {
      missing(label);
      return null;
    }
    return text(key, label, column);
  }

  /**
   * Required text that must match a pattern; {@code hint} describes the expected shape. The
   * pattern fixes the length, so a value that matches fits a column made for it.
   */
  public String matching(String key, String label, Pattern pattern, String hint) {
    if (!has(key)) {
      missing(label);
      return null;
    }
    String text = plainText(key, label);
    if (text == null) {
      return null;
    }
    if (!pattern.matcher(text).matches()) {
      problem(label, "must be " + hint + ".");
      return null;
    }
    return text;
  }

  public String email(String key, String label, TextColumn column) {
    String text = text(key, label, column);
    if (text != null && !EMAIL.matcher(text).matches()) {
      problem(label, "must be an email address such as name@example.org.");
      return null;
    }
    return text;
  }

  /**
   * A value the form did not take as it is (e.g. a name from the user's profile) that is
   * stored in {@code column}: refused, naming {@code label}, if it does not fit.
   */
  public String fits(String label, String value, TextColumn column) {
    if (value == null) {
      return null;
    }
    if (HIDDEN_CHARACTERS.matcher(value).find()) {
      problem(label, "holds a character that cannot be seen or that turns text around (a control or"
          + " direction character): type it again, or paste it as plain text.");
      return null;
    }
    int length = value.codePointCount(0, value.length());
    if (length > column.maxLength()) {
      problem(label, "is too long (" + length + " characters); keep it to " + column.maxLength()
          + " or fewer.");
      return null;
    }
    return value;
  }

  /** A text field's value; a list or an object where text belongs is refused (no form sends one). */
  private String plainText(String key, String label) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
      problem(label, "must be text.");
      return null;
    }
    String text = String.valueOf(value).trim();
    return text.isEmpty() ? null : text;
  }

  // yes/no //////////////////////////////////////////////////////////////

  /** A checkbox: ticked or not. */
  public boolean flag(String key) {
    Object value = values.get(key);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /** A checkbox that must be sent as ticked or not (true or false); anything else is the field's problem. */
  public boolean checkbox(String key, String label) {
    Object value = values.get(key);
    if (value != null && !(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
      problem(label, "must be ticked or not (true or false).");
    }
    return flag(key);
  }

  /** A yes/no question that must be answered. */
  public Boolean requiredYesNo(String key, String label) {
    Object value = values.get(key);
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(value) || "yes".equalsIgnoreCase(String.valueOf(value))) {
      return true;
    }
    if ("false".equals(value) || "no".equalsIgnoreCase(String.valueOf(value))) {
      return false;
    }
    if (value == null || String.valueOf(value).isBlank()) {
      missing(label);
    } else {
      problem(label, "must be yes or no.");
    }
    return null;
  }

  // numbers /////////////////////////////////////////////////////////////

  public Integer integer(String key, String label, int min, int max) {
    Object value = values.get(key);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    Integer number = wholeNumber(value);
    if (number == null) {
      problem(label, "must be a whole number between " + min + " and " + max + ".");
      return null;
    }
    if (number < min || number > max) {
      problem(label, "must be between " + min + " and " + max + ".");
      return null;
    }
    return number;
  }

  public Integer requiredInteger(String key, String label, int min, int max) {
    if (!has(key)) {
      missing(label);
      return null;
    }
    return integer(key, label, min, max);
  }

  private static Integer wholeNumber(Object value) {
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return l.intValue();
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return (int) n.doubleValue();
    }
    if (value instanceof String s) {
      try {
        return Integer.valueOf(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  // dates ///////////////////////////////////////////////////////////////

  public LocalDate date(String key, String label) {
    Object value = values.get(key);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(ZoneId.of("UTC")).toLocalDate();
    }
    String text = String.valueOf(value).trim();
    try {
      if (UK_DATE.matcher(text).matches()) {
        return LocalDate.parse(text, DAY_MONTH_YEAR);
      }
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T'
          ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problem(label, "must be a date, day/month/year, such as 31/03/2026.");
      return null;
    }
  }

  public LocalDate requiredDate(String key, String label) {
    if (!has(key)) {
      missing(label);
      return null;
    }
    return date(key, label);
  }

  /** A time of day as Camunda Forms' time field sends it ({@code 14:30}, perhaps with seconds). */
  public LocalTime time(String key, String label) {
    Object value = values.get(key);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    String text = String.valueOf(value).trim();
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      problem(label, "must be a time of day such as 14:30.");
      return null;
    }
  }

  public LocalTime requiredTime(String key, String label) {
    if (!has(key)) {
      missing(label);
      return null;
    }
    return time(key, label);
  }

  // coded options ///////////////////////////////////////////////////////

  public <E extends Enum<E> & Coded> E code(String key, String label, Class<E> type) {
    if (!has(key)) {
      missing(label);
      return null;
    }
    return optionalCode(key, label, type);
  }

  public <E extends Enum<E> & Coded> E optionalCode(String key, String label, Class<E> type) {
    if (!has(key)) {
      return null;
    }
    String value = String.valueOf(values.get(key)).trim();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    problem(label, "must be one of the options (" + options(type) + ").");
    return null;
  }

  /** A checklist or taglist: any number of the options. */
  public <E extends Enum<E> & Coded> Set<E> codes(String key, String label, Class<E> type) {
    Set<E> chosen = EnumSet.noneOf(type);
    Object value = values.get(key);
    if (value == null) {
      return chosen;
    }
    Collection<?> items = value instanceof Collection<?> c ? c
        : Arrays.asList(String.valueOf(value).split(","));
    for (Object item : items) {
      String code = String.valueOf(item).trim();
      if (code.isEmpty()) {
        continue;
      }
      E match = null;
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(code)) {
          match = constant;
        }
      }
      if (match == null) {
        problem(label, "may only contain the options (" + options(type) + ").");
      } else {
        chosen.add(match);
      }
    }
    return chosen;
  }

  private static <E extends Enum<E> & Coded> String options(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Coded::label)
        .collect(Collectors.joining(", "));
  }

  // repeating groups ////////////////////////////////////////////////////

  /**
   * The rows of a dynamic list. Rows left entirely empty are skipped, so the empty row a
   * list shows by default does not count as an entry.
   */
  public List<FormInput> rows(String key, String rowLabel) {
    Object value = values.get(key);
    List<FormInput> rows = new ArrayList<>();
    if (value == null) {
      return rows;
    }
    if (!(value instanceof List<?> list)) {
      problem(rowLabel, "must be a list of entries.");
      return rows;
    }
    int number = 0;
    for (Object item : list) {
      number++;
      if (!(item instanceof Map<?, ?> map)) {
        problem(rowLabel + " " + number, "is not a complete entry.");
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      map.forEach((k, v) -> row.put(String.valueOf(k), v));
      boolean empty = row.values().stream()
          .allMatch(v -> v == null || (v instanceof String s && s.isBlank())
              || (v instanceof Collection<?> c && c.isEmpty()) || Boolean.FALSE.equals(v));
      if (!empty) {
        rows.add(new FormInput(row, labelPrefix + rowLabel + " " + number + ", ", problems));
      }
    }
    return rows;
  }

  /**
   * This entry of a list under the name staff know it by (e.g. "Goal 3", the goal's own number)
   * rather than by its place in the list; its problems are the submission's.
   */
  public FormInput named(String rowLabel) {
    return new FormInput(values, rowLabel + ", ", problems);
  }

  // rules ///////////////////////////////////////////////////////////////

  /** Records a problem unless {@code rule} holds. */
  public void check(boolean rule, String label, String message) {
    if (!rule) {
      problem(label, message);
    }
  }

  public void requireValid() {
    if (!problems.isEmpty()) {
      throw new FormRejectedException(problems);
    }
  }

  private void missing(String label) {
    problem(label, "is required.");
  }

  private void problem(String label, String message) {
    problems.add(labelPrefix + label + ": " + message);
  }

  // values //////////////////////////////////////////////////////////////

  /** Turns Camunda's Json values (checklists, taglists, dynamic lists) into plain Java. */
  private static Object plain(Object value) {
    if (value instanceof SpinJsonNode node) {
      return parse(node.toString());
    }
    return value;
  }

  private static Object parse(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Object>() { });
    } catch (JsonProcessingException e) {
      return json;
    }
  }
}
