package org.ohtpathway.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.ohtpathway.referral.HealthNeed;

/**
 * One SMART goal of one version of a plan. A goal keeps its number, from 1 within the plan,
 * through every later version; each version holds a row of each of its goals, open or closed,
 * so earlier versions stay as they were.
 */
@Entity
public class Goal {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;
  @ManyToOne(optional = false)
  @JoinColumn(nullable = false)
  private HealthPlan plan;
  @Column(name = "plan_version", nullable = false)
  private int version;
  private int number;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HealthNeed topic;
  @Column(nullable = false, length = 1000)
  private String description;
  @Column(nullable = false, length = 4000)
  private String steps;
  @Column(nullable = false)
  private LocalDate targetDate;
  /** What this version did to the goal; none when it carried it over as it was (or agreed it). */
  @Enumerated(EnumType.STRING)
  @Column(name = "change_made", length = 16)
  private GoalChange change;
  /** Why the goal was closed; none while it is open. */
  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private GoalClosure closedReason;
  @Column(length = 1000)
  private String closedReasonOther;
  private LocalDate closedOn;

  protected Goal() {
  }

  Goal(HealthPlan plan, int version, int number, GoalDetails details, GoalChange change) {
    this.plan = plan;
    this.version = version;
    this.number = number;
    this.topic = details.topic();
    this.description = details.description();
    this.steps = details.steps();
    this.targetDate = details.targetDate();
    this.change = change;
  }

  /** This goal in the next version, as it is. */
  Goal carriedInto(int nextVersion) {
    Goal next = new Goal(plan, nextVersion, number, details(), null);
    next.closedReason = closedReason;
    next.closedReasonOther = closedReasonOther;
    next.closedOn = closedOn;
    return next;
  }

  /** This goal in the next version with new wording, steps or target date. */
  Goal changedInto(int nextVersion, String newDescription, String newSteps, LocalDate newTarget) {
    return new Goal(plan, nextVersion, number, new GoalDetails(topic, newDescription, newSteps, newTarget),
        GoalChange.CHANGED);
  }

  /** Closes this goal, a row of the version being made. */
  void close(GoalClosure why, String otherWhy, LocalDate on) {
    change = GoalChange.CLOSED;
    closedReason = why;
    closedReasonOther = why == GoalClosure.OTHER ? otherWhy : null;
    closedOn = on;
  }

  GoalDetails details() {
    return new GoalDetails(topic, description, steps, targetDate);
  }

  /** Whether the revision's wording, steps or target date differ from this goal's. */
  boolean differsFrom(GoalRevision revision) {
    return !java.util.Objects.equals(description, revision.description())
        || !java.util.Objects.equals(steps, revision.steps())
        || !java.util.Objects.equals(targetDate, revision.targetDate());
  }

  public int getVersion() {
    return version;
  }

  public int getNumber() {
    return number;
  }

  public HealthNeed getTopic() {
    return topic;
  }

  public String getDescription() {
    return description;
  }

  public String getSteps() {
    return steps;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public GoalChange getChange() {
    return change;
  }

  public boolean isOpen() {
    return closedReason == null;
  }

  public GoalClosure getClosedReason() {
    return closedReason;
  }

  public String getClosedReasonOther() {
    return closedReasonOther;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  /** How the goal was closed, in words: "achieved", "no longer relevant", or the other reason given. */
  public String closedAs() {
    if (closedReason == null) {
      return null;
    }
    return closedReason == GoalClosure.OTHER && closedReasonOther != null ? closedReasonOther
        : closedReason.label().toLowerCase(java.util.Locale.ROOT);
  }
}
