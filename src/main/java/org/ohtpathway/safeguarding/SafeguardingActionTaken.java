package org.ohtpathway.safeguarding;

import org.ohtpathway.form.Coded;

public enum SafeguardingActionTaken implements Coded {
  REFERRED_TO_ADULT_SOCIAL_CARE("Referred to adult social care"),
  REFERRED_TO_CHILDRENS_SOCIAL_CARE("Referred to children's social care"),
  POLICE_CONTACTED("Police contacted"),
  ADVICE_GIVEN_TO_STAFF("Advice given to staff"),
  NO_FURTHER_ACTION("No further action needed");

  private final String label;

  SafeguardingActionTaken(String label) { this.label = label; }

  @Override public String label() { return label; }
}
