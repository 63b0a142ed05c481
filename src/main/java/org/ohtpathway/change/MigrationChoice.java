package org.ohtpathway.change;

import org.ohtpathway.form.Coded;

/** Whether running referrals move to the version an approved change deploys. */
public enum MigrationChoice implements Coded {
  ALL("Move every referral that can move to the new version"),
  NONE("Move none: running referrals finish on the version they started on");

  private final String label;

  MigrationChoice(String label) { this.label = label; }

  @Override public String label() { return label; }
}
