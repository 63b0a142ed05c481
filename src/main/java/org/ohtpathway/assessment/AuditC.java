package org.ohtpathway.assessment;

/** The three AUDIT-C alcohol questions, each scored 0–4; the score is their sum, 0–12. */
public record AuditC(int frequency, int typicalAmount, int sixOrMore) {

  public int score() {
    return frequency + typicalAmount + sixOrMore;
  }
}
