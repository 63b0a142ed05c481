package org.ohtpathway.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a plan as it stood: its number, the day it was agreed (version 1) or revised,
 * who recorded it and when, why it was revised (none for the plan as agreed, or once removed),
 * and its goals, open and closed.
 */
public record PlanVersion(int number, LocalDate on, String by, Instant recordedAt, String why, List<Goal> goals) {

  public boolean isAgreement() {
    return number == 1;
  }

  public List<Goal> openGoals() {
    return goals.stream().filter(Goal::isOpen).toList();
  }
}
