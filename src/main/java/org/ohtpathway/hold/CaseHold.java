package org.ohtpathway.hold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/** A case put on hold, and when it was resumed; the working days held move its deadlines on. */
@Entity
public class CaseHold extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private HoldReason reason;
  @Column(length = 1000)
  private String reasonDetail;
  @Column(nullable = false)
  private LocalDate heldSince;
  @Column(nullable = false)
  private LocalDate lookAgainOn;
  private LocalDate resumedOn;
  @Column(length = 64)
  private String resumedBy;
  private Integer workingDaysHeld;

  protected CaseHold() {
  }

  CaseHold(Long referralId, HoldReason reason, String reasonDetail, LocalDate heldSince, LocalDate lookAgainOn,
      String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.reason = reason;
    this.reasonDetail = reasonDetail;
    this.heldSince = heldSince;
    this.lookAgainOn = lookAgainOn;
  }

  void resume(LocalDate on, int workingDays, String by) {
    resumedOn = on;
    workingDaysHeld = workingDays;
    resumedBy = by;
  }

  /** Why it was on hold says something of the person's health or offending: it goes; that it was held stays. */
  void minimise() {
    reason = null;
    reasonDetail = null;
  }

  public boolean isOpen() { return resumedOn == null; }
  public Long getReferralId() { return referralId; }
  public HoldReason getReason() { return reason; }
  public String getReasonDetail() { return reasonDetail; }
  public LocalDate getHeldSince() { return heldSince; }
  public LocalDate getLookAgainOn() { return lookAgainOn; }
  public LocalDate getResumedOn() { return resumedOn; }
  public String getResumedBy() { return resumedBy; }
  public Integer getWorkingDaysHeld() { return workingDaysHeld; }
}
