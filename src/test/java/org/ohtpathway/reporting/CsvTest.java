package org.ohtpathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What a spreadsheet would run as a formula arrives as text; numbers and plain text are unchanged. */
class CsvTest {

  @Test
  void textThatStartsLikeAFormulaGetsALeadingQuote() throws IOException {
    assertThat(row("=1+2", "+1", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1"))
        .isEqualTo("'=1+2,'+1,'-1+cmd|' /C calc'!A0,'@SUM(A1),'\t=1,\"'\r=1\"\r\n");
  }

  @Test
  void aQuotedFormulaIsNeutralisedInsideItsQuotes() throws IOException {
    assertThat(row("=HYPERLINK(\"https://x.example\",\"a, b\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"https://x.example\"\",\"\"a, b\"\")\"\r\n");
  }

  @Test
  void numbersDatesAndOrdinaryTextAreWrittenAsTheyAre() throws IOException {
    assertThat(row(-3, -0.5, 18, "18-24", "a=b", "2026-03-02", null, true))
        .isEqualTo("-3,-0.5,18,18-24,a=b,2026-03-02,,true\r\n");
  }

  private static String row(Object... values) throws IOException {
    StringWriter out = new StringWriter();
    new Csv(out).row(Arrays.asList(values));
    return out.toString();
  }
}
