package org.ohtpathway.exit;

import org.ohtpathway.form.Coded;

public enum MeasureNotCollectedReason implements Coded {
  PERSON_DECLINED("The person declined to answer"),
  PERSON_NOT_PRESENT("The person was not present at exit"),
  UNPLANNED_EXIT("Unplanned exit: no chance to ask"),
  OTHER("Other");

  private final String label;

  MeasureNotCollectedReason(String label) { this.label = label; }

  @Override public String label() { return label; }
}
