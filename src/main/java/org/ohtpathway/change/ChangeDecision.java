package org.ohtpathway.change;

import org.ohtpathway.form.Coded;

/** What an approver decides on a proposed change. */
public enum ChangeDecision implements Coded {
  APPROVE("Approve: deploy the change now"),
  REJECT("Do not approve");

  private final String label;

  ChangeDecision(String label) { this.label = label; }

  @Override public String label() { return label; }
}
