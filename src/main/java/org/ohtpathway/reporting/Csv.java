package org.ohtpathway.reporting;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * RFC 4180: comma-separated, CRLF, a value with a comma, quote or line break in quotes.
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a
 * tab or carriage return before one) as a formula, which can fetch a URL or run a command. Such
 * text is written with a leading single quote, as OWASP advises, so that it opens as text. Only
 * text is changed: a number the application computed is written as it is (no column of the
 * exports can be negative today, and one that could would stay a number).
 */
final class Csv {
  private final Writer out;

  Csv(Writer out) {
    this.out = out;
  }

  void row(List<?> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(values.get(i)));
    }
    out.write("\r\n");
  }

  private static String escape(Object value) {
    String text = value == null ? "" : value instanceof LocalDate date ? date.toString() : value.toString();
    if (!(value instanceof Number) && startsLikeAFormula(text)) {
      text = "'" + text;
    }
    boolean quote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static boolean startsLikeAFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }
}
