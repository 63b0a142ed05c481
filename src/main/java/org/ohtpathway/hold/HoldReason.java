package org.ohtpathway.hold;

import org.ohtpathway.form.Coded;

/** Why a case is on hold. Sensitive: never in a process variable or an email. */
public enum HoldReason implements Coded {
  IN_CUSTODY("In custody"),
  IN_HOSPITAL("In hospital"),
  OTHER("Other");

  private final String label;

  HoldReason(String label) {
    this.label = label;
  }

  @Override public String label() { return label; }
}
