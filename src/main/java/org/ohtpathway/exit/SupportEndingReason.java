package org.ohtpathway.exit;

import org.ohtpathway.form.Coded;

/** Why support ends before its planned end, as a case action; each suggests the exit's reason. */
public enum SupportEndingReason implements Coded {
  MOVED_AWAY("Moved away", ExitReason.MOVED_OUT_OF_AREA),
  RECALLED_TO_CUSTODY("Recalled to custody", ExitReason.RECALLED_TO_CUSTODY),
  DIED("Died", ExitReason.DIED),
  NO_LONGER_WISHES("No longer wishes to take part", ExitReason.DECLINED),
  OTHER("Other", ExitReason.OTHER);

  private final String label;
  private final ExitReason exitReason;

  SupportEndingReason(String label, ExitReason exitReason) {
    this.label = label;
    this.exitReason = exitReason;
  }

  @Override public String label() { return label; }

  /** The exit reason the exit form starts with. */
  public ExitReason exitReason() {
    return exitReason;
  }
}
