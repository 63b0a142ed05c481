package org.ohtpathway.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ohtpathway.process.RecordedAction;

/**
 * The personal health plan agreed with the person: SMART goals and a number of sessions. The
 * plan as agreed is version 1; each revision at a review makes the next version, and the goals
 * of every version are kept ({@link Goal}, {@link PlanRevision}).
 */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class HealthPlan extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Column(nullable = false)
  private LocalDate agreedOn;
  private int plannedSessions;
  /** Asked by plans agreed before appointments were booked; the first appointment holds it now. */
  private LocalDate firstSessionDate;
  @Column(nullable = false)
  private int currentVersion = 1;
  /** The goals of every version. */
  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("version, number")
  private List<Goal> goals = new ArrayList<>();

  protected HealthPlan() {
  }

  HealthPlan(Long referralId, LocalDate agreedOn, int plannedSessions, List<GoalDetails> goals, String recordedBy,
      Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.agreedOn = agreedOn;
    this.plannedSessions = plannedSessions;
    for (int i = 0; i < goals.size(); i++) {
      this.goals.add(new Goal(this, 1, i + 1, goals.get(i), null));
    }
  }

  /**
   * Makes the next version from the current one as the revision changes it, and returns its
   * number; the revision has been checked ({@link PlanService#problems}).
   */
  int revise(PlanRevisionRequest revision) {
    int next = currentVersion + 1;
    Map<Integer, GoalRevision> byNumber = revision.goals().stream()
        .collect(Collectors.toMap(GoalRevision::goalNumber, Function.identity(), (first, second) -> first));
    List<Goal> revised = new ArrayList<>();
    for (Goal goal : currentGoals()) {
      GoalRevision asSent = byNumber.get(goal.getNumber());
      if (asSent == null || !goal.isOpen() || !goal.differsFrom(asSent) && !asSent.close()) {
        revised.add(goal.carriedInto(next));
        continue;
      }
      Goal row = goal.differsFrom(asSent)
          ? goal.changedInto(next, asSent.description(), asSent.steps(), asSent.targetDate())
          : goal.carriedInto(next);
      if (asSent.close()) {
        row.close(asSent.closure(), asSent.closureOther(), revision.revisedOn());
      }
      revised.add(row);
    }
    int number = currentGoals().size();
    for (GoalDetails added : revision.added()) {
      revised.add(new Goal(this, next, ++number, added, GoalChange.ADDED));
    }
    goals.addAll(revised);
    currentVersion = next;
    return next;
  }

  /** Keeps when the plan was agreed, how many sessions, and how many versions; the goals are health detail. */
  void minimise() {
    goals.clear();
  }

  public Long getReferralId() {
    return referralId;
  }

  public LocalDate getAgreedOn() {
    return agreedOn;
  }

  public int getPlannedSessions() {
    return plannedSessions;
  }

  public LocalDate getFirstSessionDate() {
    return firstSessionDate;
  }

  /** The version in force: 1 as agreed, one more at each revision. */
  public int getCurrentVersion() {
    return currentVersion;
  }

  /** The goals of one version, open and closed, by number. */
  public List<Goal> goalsOf(int version) {
    return goals.stream().filter(goal -> goal.getVersion() == version).toList();
  }

  /** The goals of the version in force, open and closed. */
  public List<Goal> currentGoals() {
    return goalsOf(currentVersion);
  }

  /** The goals of the version in force still being worked on. */
  public List<Goal> openGoals() {
    return currentGoals().stream().filter(Goal::isOpen).toList();
  }
}
