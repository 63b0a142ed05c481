package org.ohtpathway.exit;

import org.ohtpathway.form.Coded;

/** A measure asked again at exit; any may be recorded as not collected, with a reason. */
public enum ExitMeasure implements Coded {
  SWEMWBS("Wellbeing (SWEMWBS)"),
  CONFIDENCE("Confidence to change"),
  GP_REGISTRATION("GP registration"),
  DENTIST_REGISTRATION("Dentist registration"),
  SMOKING_STATUS("Smoking status");

  private final String label;

  ExitMeasure(String label) { this.label = label; }

  @Override public String label() { return label; }
}
