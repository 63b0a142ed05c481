package org.ohtpathway.signposting;

import org.ohtpathway.form.Coded;

public enum KindOfHelp implements Coded {
  SIGNPOSTED("Signposted"),
  SUPPORTED_REFERRAL("Supported referral"),
  ACCOMPANIED("Accompanied to the first appointment");

  private final String label;

  KindOfHelp(String label) { this.label = label; }

  @Override public String label() { return label; }
}
