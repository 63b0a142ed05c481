package org.ohtpathway.signposting;

import org.ohtpathway.form.Coded;

public enum ServiceType implements Coded {
  GP_REGISTRATION("GP registration"),
  DENTIST("Dentist"),
  STOP_SMOKING("Stop smoking"),
  DRUG_AND_ALCOHOL("Drug and alcohol"),
  TALKING_THERAPIES("Talking therapies"),
  COMMUNITY_MENTAL_HEALTH("Community mental health"),
  SEXUAL_HEALTH("Sexual health"),
  WEIGHT_MANAGEMENT("Weight management"),
  PHYSICAL_ACTIVITY("Physical activity"),
  HOUSING_SUPPORT("Housing support"),
  EMPLOYMENT_SUPPORT("Employment support"),
  DEBT_ADVICE("Debt advice");

  private final String label;

  ServiceType(String label) { this.label = label; }

  @Override public String label() { return label; }
}
