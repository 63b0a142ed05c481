package org.ohtpathway.withdrawal;

import org.ohtpathway.form.Coded;

public enum WithdrawalReason implements Coded {
  RECALLED_TO_CUSTODY("Recalled to custody"),
  SUPERVISION_ENDED("Supervision ended"),
  SENTENCE_REVOKED("Sentence revoked"),
  MOVED_OUT_OF_AREA("Moved out of area"),
  PERSON_NO_LONGER_WISHES("The person no longer wishes to take part"),
  REFERRED_IN_ERROR("Referred in error"),
  OTHER("Other");

  private final String label;

  WithdrawalReason(String label) { this.label = label; }

  @Override public String label() { return label; }
}
