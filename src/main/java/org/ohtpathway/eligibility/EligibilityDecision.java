package org.ohtpathway.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/** The outcome of the eligibility decision table for a referral, and which version decided. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class EligibilityDecision extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  private boolean eligible;
  @Column(length = 64)
  private String reasonCode;
  @Column(nullable = false, length = 128)
  private String decisionDefinitionId;

  protected EligibilityDecision() {
  }

  EligibilityDecision(Long referralId, boolean eligible, String reasonCode,
      String decisionDefinitionId, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.eligible = eligible;
    this.reasonCode = reasonCode;
    this.decisionDefinitionId = decisionDefinitionId;
  }

  /** The reason may be a health one (mental-health crisis): only the outcome is kept. */
  void minimise() {
    reasonCode = null;
  }

  public Long getReferralId() {
    return referralId;
  }

  public boolean isEligible() {
    return eligible;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public String getReason() {
    return IneligibilityReason.describe(reasonCode);
  }

  public String getDecisionDefinitionId() {
    return decisionDefinitionId;
  }
}
