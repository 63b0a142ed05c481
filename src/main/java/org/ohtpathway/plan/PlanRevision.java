package org.ohtpathway.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/** A revision of a plan at a review, which made its version {@code versionNumber}: when, why, who. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"plan_id", "version_number"}))
public class PlanRevision extends RecordedAction {

  @ManyToOne(optional = false)
  @JoinColumn(nullable = false)
  private HealthPlan plan;
  @Column(nullable = false)
  private int versionNumber;
  @Column(nullable = false)
  private LocalDate revisedOn;
  /** Why, in the Health Trainer's words: of the health record. */
  @Column(length = 1000)
  private String reason;

  protected PlanRevision() {
  }

  PlanRevision(HealthPlan plan, int versionNumber, LocalDate revisedOn, String reason, String recordedBy,
      Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.plan = plan;
    this.versionNumber = versionNumber;
    this.revisedOn = revisedOn;
    this.reason = reason;
  }

  void minimise() {
    reason = null;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public LocalDate getRevisedOn() {
    return revisedOn;
  }

  public String getReason() {
    return reason;
  }
}
