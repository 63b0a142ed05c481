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

/** One SMART goal of a plan, numbered from 1 within the plan. */
@Entity
public class Goal {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;
  @ManyToOne(optional = false)
  @JoinColumn(nullable = false)
  private HealthPlan plan;
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

  protected Goal() {
  }

  Goal(HealthPlan plan, int number, GoalDetails details) {
    this.plan = plan;
    this.number = number;
    this.topic = details.topic();
    this.description = details.description();
    this.steps = details.steps();
    this.targetDate = details.targetDate();
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
}
