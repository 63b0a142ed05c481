package org.ohtpathway.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.ohtpathway.process.RecordedAction;

/**
 * One line of a referral's change log: a detail amended (old and new value, why), or the
 * outcome of a decision table checked again after an amendment. The lines of one amendment
 * share its number.
 */
@Entity
public class ReferralChange extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Column(nullable = false)
  private int amendment;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ReferralField field;
  @Column(length = 4000)
  private String oldValue;
  @Column(length = 4000)
  private String newValue;
  @Column(length = 1000)
  private String reason;

  protected ReferralChange() {
  }

  ReferralChange(Long referralId, int amendment, ReferralField field, String oldValue, String newValue,
      String reason, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.amendment = amendment;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.reason = reason;
  }

  /** Keeps which detail changed, who and when; the values and the reason are about the person. */
  void minimise() {
    oldValue = null;
    newValue = null;
    reason = null;
  }

  public Long getReferralId() { return referralId; }
  public int getAmendment() { return amendment; }
  public ReferralField getField() { return field; }
  public String getOldValue() { return oldValue; }
  public String getNewValue() { return newValue; }
  public String getReason() { return reason; }
}
