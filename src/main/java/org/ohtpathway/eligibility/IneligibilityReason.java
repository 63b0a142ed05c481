package org.ohtpathway.eligibility;

import java.util.Arrays;
import org.ohtpathway.form.Coded;

/**
 * The reasons the eligibility table gives. A service designer may add a reason to the
 * table without a code change: an unknown code is shown as it is.
 */
public enum IneligibilityReason implements Coded {
  UNDER_18("Under 18: the service is for adults"),
  NOT_UNDER_SUPERVISION("Not under a community order, suspended sentence order, licence or post-sentence supervision"),
  NOT_ENOUGH_SUPERVISION_LEFT("Not enough supervision left to take part"),
  NO_CONSENT("The person has not given consent"),
  OUTSIDE_SERVICE_AREA("Lives outside the service area"),
  NEEDS_MENTAL_HEALTH_SERVICES("In mental-health crisis or with severe and enduring mental illness: refer to mental-health services");

  private final String label;

  IneligibilityReason(String label) { this.label = label; }

  @Override public String label() { return label; }

  public static String describe(String code) {
    if (code == null) {
      return null;
    }
    return Arrays.stream(values()).filter(reason -> reason.name().equals(code))
        .map(IneligibilityReason::label).findFirst().orElse(code);
  }
}
