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
import org.ohtpathway.process.RecordedAction;

/** The personal health plan agreed with the person: SMART goals and a number of sessions. */
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
  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("number")
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
      this.goals.add(new Goal(this, i + 1, goals.get(i)));
    }
  }

  /** Keeps when the plan was agreed and how many sessions; the goals are health detail. */
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

  public List<Goal> getGoals() {
    return goals;
  }
}
