package org.ohtpathway.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What is kept of a referral once its personal and health details are removed (consent
 * withdrawn, or the retention period over): how far it got, when, and how it ended. Nothing
 * in it identifies the person.
 */
@Entity
public class AnonymousRecord {

  @Id
  private Long referralId;
  private LocalDate referredOn;
  @Column(length = 8)
  private String ageBand;
  @Column(length = 16)
  private String sex;
  @Column(nullable = false, length = 32)
  private String stageReached;
  private LocalDate allocatedOn;
  private LocalDate firstContactOn;
  private LocalDate assessedOn;
  private LocalDate planAgreedOn;
  private long sessionsAttended;
  private LocalDate exitedOn;
  @Column(length = 16)
  private String endState;
  @Column(nullable = false, length = 32)
  private String why;
  @Column(nullable = false)
  private Instant recordedAt;

  protected AnonymousRecord() {
  }

  AnonymousRecord(Long referralId, LocalDate referredOn, String ageBand, String sex, String stageReached,
      LocalDate allocatedOn, LocalDate firstContactOn, LocalDate assessedOn, LocalDate planAgreedOn,
      long sessionsAttended, LocalDate exitedOn, String endState, String why, Instant recordedAt) {
    this.referralId = referralId;
    this.referredOn = referredOn;
    this.ageBand = ageBand;
    this.sex = sex;
    this.stageReached = stageReached;
    this.allocatedOn = allocatedOn;
    this.firstContactOn = firstContactOn;
    this.assessedOn = assessedOn;
    this.planAgreedOn = planAgreedOn;
    this.sessionsAttended = sessionsAttended;
    this.exitedOn = exitedOn;
    this.endState = endState;
    this.why = why;
    this.recordedAt = recordedAt;
  }

  public Long getReferralId() {
    return referralId;
  }

  public LocalDate getReferredOn() {
    return referredOn;
  }

  public String getAgeBand() {
    return ageBand;
  }

  public String getSex() {
    return sex;
  }

  public String getStageReached() {
    return stageReached;
  }

  public LocalDate getAllocatedOn() {
    return allocatedOn;
  }

  public LocalDate getFirstContactOn() {
    return firstContactOn;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public LocalDate getPlanAgreedOn() {
    return planAgreedOn;
  }

  public long getSessionsAttended() {
    return sessionsAttended;
  }

  public LocalDate getExitedOn() {
    return exitedOn;
  }

  public String getEndState() {
    return endState;
  }

  public String getWhy() {
    return why;
  }
}
