package org.ohtpathway.referral;

import org.ohtpathway.form.Coded;

public enum YesNoNotKnown implements Coded {
  YES("Yes"),
  NO("No"),
  NOT_KNOWN("Not known");

  private final String label;

  YesNoNotKnown(String label) { this.label = label; }

  @Override public String label() { return label; }
}
