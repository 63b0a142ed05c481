package org.ohtpathway.reporting;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The exports' CSV: RFC 4180 (comma-separated, CRLF, a value with a comma, quote or line break in
 * quotes), written by Apache Commons CSV.
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a
 * tab or carriage return before one) as a formula, which can fetch a URL or run a command. Such
 * text is written with a leading single quote, as OWASP advises, so that it opens as text. Only
 * text is changed: a number the application computed is written as it is (no column of the
 * exports can be negative today, and one that could would stay a number).
 */
final class Csv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final CSVPrinter out;

  Csv(Writer out) throws IOException {
    this.out = new CSVPrinter(out, FORMAT);
  }

  void row(List<?> values) throws IOException {
    out.printRecord(values.stream().map(Csv::text).toList());
  }

  private static String text(Object value) {
    String text = value == null ? "" : value instanceof LocalDate date ? date.toString() : value.toString();
    return !(value instanceof Number) && startsLikeAFormula(text) ? "'" + text : text;
  }

  private static boolean startsLikeAFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }
}
