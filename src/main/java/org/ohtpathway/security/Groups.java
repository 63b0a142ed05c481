package org.ohtpathway.security;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The roles of the pathway, as Camunda groups. */
public final class Groups {

  public static final String PROBATION_PRACTITIONERS = "probation-practitioners";
  public static final String COORDINATORS = "oht-coordinators";
  public static final String HEALTH_TRAINERS = "health-trainers";
  public static final String SAFEGUARDING_LEADS = "safeguarding-leads";
  public static final String MANAGERS = "oht-managers";
  public static final String SERVICE_DESIGNERS = "service-designers";
  public static final String ADMINS = "camunda-admin";

  /** Group id and display name, in the order of the roles table. */
  public static final List<List<String>> ALL = List.of(
      List.of(PROBATION_PRACTITIONERS, "Probation practitioners"),
      List.of(COORDINATORS, "OHT coordinators"),
      List.of(HEALTH_TRAINERS, "Health Trainers"),
      List.of(SAFEGUARDING_LEADS, "Safeguarding leads"),
      List.of(MANAGERS, "OHT managers"),
      List.of(SERVICE_DESIGNERS, "Service designers"),
      List.of(ADMINS, "System administrators"));

  /** Whether an authenticated user is a system administrator. */
  public static boolean isAdmin(Authentication user) {
    return user != null && user.getGroupIds() != null && user.getGroupIds().contains(ADMINS);
  }

  private Groups() {
  }
}
