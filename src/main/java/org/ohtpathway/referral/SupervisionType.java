package org.ohtpathway.referral;

import org.ohtpathway.form.Coded;

public enum SupervisionType implements Coded {
  COMMUNITY_ORDER("Community order"),
  SUSPENDED_SENTENCE_ORDER("Suspended sentence order"),
  LICENCE("Licence"),
  POST_SENTENCE_SUPERVISION("Post-sentence supervision"),
  NONE("Not under probation supervision");

  private final String label;

  SupervisionType(String label) { this.label = label; }

  @Override public String label() { return label; }
}
