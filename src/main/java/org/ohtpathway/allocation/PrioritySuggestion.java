package org.ohtpathway.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/** The priority the {@code Priority} decision table suggests to the coordinator. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class PrioritySuggestion extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Priority priority;
  @Column(length = 500)
  private String reason;
  @Column(nullable = false, length = 128)
  private String decisionDefinitionId;

  protected PrioritySuggestion() {
  }

  PrioritySuggestion(Long referralId, Priority priority, String reason, String decisionDefinitionId,
      String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.priority = priority;
    this.reason = reason;
    this.decisionDefinitionId = decisionDefinitionId;
  }

  void minimise() {
    reason = null;
  }

  public Long getReferralId() {
    return referralId;
  }

  public Priority getPriority() {
    return priority;
  }

  public String getReason() {
    return reason;
  }
}
