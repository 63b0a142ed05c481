package org.ohtpathway.exit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ohtpathway.assessment.SmokingStatus;
import org.ohtpathway.assessment.Swemwbs;
import org.ohtpathway.process.RecordedAction;

/** The exit from the pathway, with its reason and the outcome measures. */
@Entity
@Table(name = "pathway_exit", indexes = @Index(columnList = "referral_id"))
public class Exit extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Column(nullable = false)
  private LocalDate exitedOn;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExitReason reason;
  @Column(length = 1000)
  private String reasonOther;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "exit_goal_outcome")
  private List<GoalOutcome> goalOutcomes = new ArrayList<>();
  @Embedded
  private Swemwbs swemwbs;
  private Integer confidenceToChange;
  private Boolean gpRegistered;
  private Boolean dentistRegistered;
  @Enumerated(EnumType.STRING)
  private SmokingStatus smokingStatus;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "exit_measure_not_collected")
  @Enumerated(EnumType.STRING)
  @Column(name = "measure", nullable = false)
  private Set<ExitMeasure> measuresNotCollected = EnumSet.noneOf(ExitMeasure.class);
  @Enumerated(EnumType.STRING)
  private MeasureNotCollectedReason notCollectedReason;
  @Column(length = 1000)
  private String notCollectedDetails;
  @Column(length = 4000)
  private String feedback;
  private Integer helpfulness;

  protected Exit() {
  }

  Exit(Long referralId, ExitRecord exit, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    ExitMeasures measures = exit.measures();
    this.referralId = referralId;
    this.exitedOn = exit.exitedOn();
    this.reason = exit.reason();
    this.reasonOther = exit.reasonOther();
    this.goalOutcomes = new ArrayList<>(exit.goalOutcomes());
    this.swemwbs = measures.swemwbs();
    this.confidenceToChange = measures.confidenceToChange();
    this.gpRegistered = measures.gpRegistered();
    this.dentistRegistered = measures.dentistRegistered();
    this.smokingStatus = measures.smokingStatus();
    this.measuresNotCollected = measures.notCollected().isEmpty()
        ? EnumSet.noneOf(ExitMeasure.class) : EnumSet.copyOf(measures.notCollected());
    this.notCollectedReason = measures.notCollectedReason();
    this.notCollectedDetails = measures.notCollectedDetails();
    this.feedback = exit.feedback();
    this.helpfulness = exit.helpfulness();
  }

  /** Keeps the date and reason of exit; drops the outcome measures and feedback. */
  void minimise() {
    reasonOther = null;
    goalOutcomes.clear();
    swemwbs = null;
    confidenceToChange = null;
    gpRegistered = null;
    dentistRegistered = null;
    smokingStatus = null;
    measuresNotCollected.clear();
    notCollectedReason = null;
    notCollectedDetails = null;
    feedback = null;
    helpfulness = null;
  }

  public Long getReferralId() {
    return referralId;
  }

  public LocalDate getExitedOn() {
    return exitedOn;
  }

  public ExitReason getReason() {
    return reason;
  }

  public String getReasonOther() {
    return reasonOther;
  }

  public List<GoalOutcome> getGoalOutcomes() {
    return goalOutcomes;
  }

  /** The sum of the goals' scores (1, 0.5 or 0 each). */
  public double getGoalAchievementScore() {
    return goalOutcomes.stream().mapToDouble(outcome -> outcome.achievement().score()).sum();
  }

  public Swemwbs getSwemwbs() {
    return swemwbs;
  }

  public Integer getConfidenceToChange() {
    return confidenceToChange;
  }

  public Boolean getGpRegistered() {
    return gpRegistered;
  }

  public Boolean getDentistRegistered() {
    return dentistRegistered;
  }

  public SmokingStatus getSmokingStatus() {
    return smokingStatus;
  }

  public Set<ExitMeasure> getMeasuresNotCollected() {
    return measuresNotCollected;
  }

  public MeasureNotCollectedReason getNotCollectedReason() {
    return notCollectedReason;
  }

  public String getNotCollectedDetails() {
    return notCollectedDetails;
  }

  public String getFeedback() {
    return feedback;
  }

  public Integer getHelpfulness() {
    return helpfulness;
  }
}
