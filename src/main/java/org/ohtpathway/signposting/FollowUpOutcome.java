package org.ohtpathway.signposting;

import org.ohtpathway.form.Coded;

public enum FollowUpOutcome implements Coded {
  ATTENDED("Attended"),
  REGISTERED("Registered"),
  WAITING_LIST("On a waiting list"),
  DECLINED("Declined"),
  DID_NOT_ATTEND("Did not attend"),
  NOT_KNOWN("Not known");

  private final String label;

  FollowUpOutcome(String label) { this.label = label; }

  @Override public String label() { return label; }
}
