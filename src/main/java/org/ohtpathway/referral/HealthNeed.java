package org.ohtpathway.referral;

import org.ohtpathway.form.Coded;

/** The presenting needs a practitioner can refer for; also the topics of plans and sessions. */
public enum HealthNeed implements Coded {
  SMOKING("Smoking"),
  ALCOHOL("Alcohol"),
  DRUGS("Drugs"),
  DIET_AND_WEIGHT("Diet and weight"),
  PHYSICAL_ACTIVITY("Physical activity"),
  MENTAL_WELLBEING("Mental wellbeing"),
  SEXUAL_HEALTH("Sexual health"),
  DENTAL_HEALTH("Dental health"),
  GP_REGISTRATION("GP registration"),
  LONG_TERM_CONDITION("Long-term condition");

  private final String label;

  HealthNeed(String label) { this.label = label; }

  @Override public String label() { return label; }
}
