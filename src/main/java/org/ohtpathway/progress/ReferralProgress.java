package org.ohtpathway.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;

/**
 * Where one referral stands, kept up to date by the stages as each step is recorded: its
 * stage, end state, owners (the practitioner and the allocated trainer) and whether it is on
 * hold. The dates of its milestones are {@link ReachedMilestone}s; the days of those the service
 * report counts are also kept here, so that the report reads one row per referral instead of
 * seven milestone rows (db/migration/V17__milestone_days_on_the_case.sql). No personal or health
 * detail: it stays when a referral's details are removed. Its indexes serve the caseloads
 * (db/migration/V4__case_progress.sql). An update writes only the columns it changed, so that
 * two transactions changing different things of one case (a session recorded, the case
 * reallocated) do not write each other's columns back.
 */
@Entity
@DynamicUpdate
public class ReferralProgress {

  @Id
  private Long referralId;
  @Column(nullable = false, length = 20)
  private String reference;
  @Column(length = 64)
  private String processInstanceId;
  @Column(nullable = false)
  private LocalDate receivedOn;
  @Column(nullable = false, length = 64)
  private String practitionerId;
  @Column(length = 64)
  private String trainerId;
  @Column(length = 16)
  private String priority;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Stage stage;
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private EndState endState;
  private LocalDate endedOn;
  @Column(nullable = false)
  private int sessionsAttended;
  @Column(nullable = false)
  private boolean onHold;
  @Column(length = 32)
  private String holdReason;
  private LocalDate heldSince;
  private LocalDate lookAgainOn;
  @Column(nullable = false)
  private int safeguardingConcerns;
  @Column(nullable = false)
  private Instant updatedAt;
  private LocalDate eligibleOn;
  private LocalDate notEligibleOn;
  private LocalDate allocatedOn;
  private LocalDate firstContactAttemptedOn;
  private LocalDate contactedOn;
  private LocalDate declinedAtFirstContactOn;
  private LocalDate assessedOn;
  private LocalDate planAgreedOn;
  private LocalDate exitedOn;
  private LocalDate exitSummaryWrittenOn;

  protected ReferralProgress() {
  }

  ReferralProgress(Long referralId, String reference, String processInstanceId, LocalDate receivedOn,
      String practitionerId, Instant at) {
    this.referralId = referralId;
    this.reference = reference;
    this.processInstanceId = processInstanceId;
    this.receivedOn = receivedOn;
    this.practitionerId = practitionerId;
    this.stage = Stage.REFERRAL;
    this.updatedAt = at;
  }

  /** A milestone reached on a day: as with {@link ReachedMilestone}, the earliest day stands. */
  void reach(Milestone milestone, LocalDate on, Instant at) {
    if (milestone.stage() != null && milestone.stage().ordinal() > stage.ordinal()) {
      stage = milestone.stage();
    }
    switch (milestone) {
      case ELIGIBLE -> eligibleOn = earliest(eligibleOn, on);
      case NOT_ELIGIBLE -> notEligibleOn = earliest(notEligibleOn, on);
      case ALLOCATED -> allocatedOn = earliest(allocatedOn, on);
      case FIRST_CONTACT_ATTEMPTED -> firstContactAttemptedOn = earliest(firstContactAttemptedOn, on);
      case CONTACTED -> contactedOn = earliest(contactedOn, on);
      case DECLINED_AT_FIRST_CONTACT -> declinedAtFirstContactOn = earliest(declinedAtFirstContactOn, on);
      case ASSESSED -> assessedOn = earliest(assessedOn, on);
      case PLAN_AGREED -> planAgreedOn = earliest(planAgreedOn, on);
      case EXITED -> exitedOn = earliest(exitedOn, on);
      case EXIT_SUMMARY_WRITTEN -> exitSummaryWrittenOn = earliest(exitSummaryWrittenOn, on);
      default -> { }
    }
    updatedAt = at;
  }

  private static LocalDate earliest(LocalDate kept, LocalDate on) {
    return kept == null || on.isBefore(kept) ? on : kept;
  }

  void end(EndState state, LocalDate on, Instant at) {
    EndState standing = EndState.standing(endState, state);
    if (standing != endState) {
      endState = standing;
      endedOn = endedOn == null ? on : endedOn;
    }
    resume(at);
  }

  void allocate(String trainer, String priorityCode, Instant at) {
    trainerId = trainer;
    priority = priorityCode == null ? priority : priorityCode;
    updatedAt = at;
  }

  void transfer(String practitioner, Instant at) {
    practitionerId = practitioner;
    updatedAt = at;
  }

  void attended(Instant at) {
    sessionsAttended++;
    updatedAt = at;
  }

  void concernRaised(Instant at) {
    safeguardingConcerns++;
    updatedAt = at;
  }

  void hold(String reason, LocalDate since, LocalDate lookAgain, Instant at) {
    onHold = true;
    holdReason = reason;
    heldSince = since;
    lookAgainOn = lookAgain;
    updatedAt = at;
  }

  void resume(Instant at) {
    onHold = false;
    holdReason = null;
    heldSince = null;
    lookAgainOn = null;
    updatedAt = at;
  }

  public boolean isOpen() {
    return endState == null;
  }

  public Long getReferralId() { return referralId; }
  public String getReference() { return reference; }
  public String getProcessInstanceId() { return processInstanceId; }
  public LocalDate getReceivedOn() { return receivedOn; }
  /** The practitioner who holds the case now: who made the referral, or whom probation transferred it to. */
  public String getPractitionerId() { return practitionerId; }
  /** The Health Trainer the case is allocated to now; null until allocated. */
  public String getTrainerId() { return trainerId; }
  public String getPriority() { return priority; }
  public Stage getStage() { return stage; }
  public EndState getEndState() { return endState; }
  public LocalDate getEndedOn() { return endedOn; }
  public int getSessionsAttended() { return sessionsAttended; }
  public boolean isOnHold() { return onHold; }
  public String getHoldReason() { return holdReason; }
  public LocalDate getHeldSince() { return heldSince; }
  public LocalDate getLookAgainOn() { return lookAgainOn; }
  public Instant getUpdatedAt() { return updatedAt; }
  /** Whether a safeguarding concern was ever raised about the person: the safeguarding leads' cases. */
  public boolean hasSafeguardingConcern() { return safeguardingConcerns > 0; }
}
