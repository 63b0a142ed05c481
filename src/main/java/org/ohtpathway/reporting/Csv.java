package org.ohtpathway.reporting;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/** RFC 4180: comma-separated, CRLF, a value with a comma, quote or line break in quotes. */
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
    boolean quote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
