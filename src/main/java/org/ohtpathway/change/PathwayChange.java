package org.ohtpathway.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/**
 * A change to the pathway a service designer proposed (recorded by and at), and what became of
 * it: the check and the simulator's comparison an approver read, their decision, the deployment
 * it made and the running referrals that moved to it.
 */
@Entity
@Table(name = "pathway_change")
public class PathwayChange extends RecordedAction {

  /** Where a change stands. */
  public enum State {
    /** Waiting for a service manager or administrator. */
    PROPOSED,
    NOT_APPROVED,
    /** Deployed; running referrals may still be moving to it. */
    DEPLOYED,
    /** Deployed and since rolled back by a later change. */
    ROLLED_BACK
  }

  @Column(nullable = false, length = 4000)
  private String description;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state;
  /** Whether the files are the whole pathway (a rollback), rather than the files changed. */
  @Column(nullable = false)
  private boolean completePathway;
  private Long rollbackOf;
  @Column(length = 100000)
  private String summary;
  @Column(length = 100000)
  private String checkReport;
  @Column(length = 100000)
  private String simulation;
  @Column(length = 100000)
  private String migrationPlan;
  /** The pathway as it stood when the change was proposed ({@link PathwayFiles#fingerprint}). */
  @Column(nullable = false, length = 64)
  private String baseFingerprint;
  @Column(length = 64)
  private String decidedBy;
  private Instant decidedAt;
  @Column(length = 4000)
  private String decisionReason;
  private Boolean migrateReferrals;
  @Column(length = 64)
  private String replacedDeploymentId;
  @Column(length = 64)
  private String deploymentId;
  @Column(length = 4000)
  private String batchIds;
  /** Referrals chosen to move (running, at a step the new version has). */
  @Column(name = "chosen_referrals")
  private Integer chosen;
  private Integer migrated;
  private Integer notMigrated;
  @Column(length = 100000)
  private String migrationReport;

  protected PathwayChange() {
  }

  PathwayChange(String description, boolean completePathway, Long rollbackOf, String baseFingerprint,
      String proposedBy, Instant proposedAt) {
    super(proposedBy, proposedAt);
    this.baseFingerprint = baseFingerprint;
    this.description = description;
    this.completePathway = completePathway;
    this.rollbackOf = rollbackOf;
    this.state = State.PROPOSED;
  }

  /** How staff name the change: PC-12. */
  public String reference() {
    return "PC-" + getId();
  }

  void proposed(String summary, String checkReport, String migrationPlan) {
    this.summary = summary;
    this.checkReport = checkReport;
    this.migrationPlan = migrationPlan;
  }

  void simulated(String simulation) {
    this.simulation = simulation;
  }

  void decided(boolean approved, boolean migrate, String reason, String by, Instant at) {
    this.state = approved ? State.PROPOSED : State.NOT_APPROVED;
    this.migrateReferrals = approved && migrate;
    this.decisionReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  void deployed(String deploymentId, String replacedDeploymentId, String migrationPlan, String batchIds,
      int chosen) {
    this.chosen = chosen;
    this.state = State.DEPLOYED;
    this.deploymentId = deploymentId;
    this.replacedDeploymentId = replacedDeploymentId;
    this.migrationPlan = migrationPlan;
    this.batchIds = batchIds;
  }

  void migrationRecorded(int migrated, int notMigrated, String report) {
    this.migrated = migrated;
    this.notMigrated = notMigrated;
    this.migrationReport = report;
  }

  void notDeployed(String reason) {
    this.state = State.NOT_APPROVED;
    this.decisionReason = reason;
  }

  void rolledBack() {
    this.state = State.ROLLED_BACK;
  }

  public String getDescription() { return description; }
  public State getState() { return state; }
  public boolean isCompletePathway() { return completePathway; }
  public Long getRollbackOf() { return rollbackOf; }
  public String getSummary() { return summary; }
  public String getCheckReport() { return checkReport; }
  public String getSimulation() { return simulation; }
  public String getMigrationPlan() { return migrationPlan; }
  public String getBaseFingerprint() { return baseFingerprint; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getDecisionReason() { return decisionReason; }
  public Boolean getMigrateReferrals() { return migrateReferrals; }
  public String getReplacedDeploymentId() { return replacedDeploymentId; }
  public String getDeploymentId() { return deploymentId; }
  public String getBatchIds() { return batchIds; }
  public Integer getChosen() { return chosen; }
  public Integer getMigrated() { return migrated; }
  public Integer getNotMigrated() { return notMigrated; }
  public String getMigrationReport() { return migrationReport; }
}
