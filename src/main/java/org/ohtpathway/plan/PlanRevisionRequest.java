package org.ohtpathway.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A revision of a referral's plan: on which day (the review's), why, each goal of the current
 * plan as the review left it (a goal not named stays as it is), and new goals.
 */
public record PlanRevisionRequest(LocalDate revisedOn, String reason, List<GoalRevision> goals,
    List<GoalDetails> added) {

  public PlanRevisionRequest {
    goals = List.copyOf(goals);
    added = List.copyOf(added);
  }

  /** A rule the revision breaks, worded for staff at the field concerned. */
  public record Problem(String label, String message) {
  }
}
