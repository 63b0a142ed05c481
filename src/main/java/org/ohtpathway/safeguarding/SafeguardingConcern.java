package org.ohtpathway.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/** A safeguarding concern raised about, or during the work with, a referred person. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class SafeguardingConcern extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConcernSource source;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AtRisk atRisk;
  private boolean immediateDanger;
  @Column(nullable = false, length = 4000)
  private String description;

  protected SafeguardingConcern() {
  }

  SafeguardingConcern(Long referralId, ConcernSource source, AtRisk atRisk, boolean immediateDanger,
      String description, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.source = source;
    this.atRisk = atRisk;
    this.immediateDanger = immediateDanger;
    this.description = description;
  }

  public Long getReferralId() {
    return referralId;
  }

  public ConcernSource getSource() {
    return source;
  }

  public AtRisk getAtRisk() {
    return atRisk;
  }

  public boolean isImmediateDanger() {
    return immediateDanger;
  }

  public String getDescription() {
    return description;
  }
}
