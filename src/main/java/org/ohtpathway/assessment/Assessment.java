package org.ohtpathway.assessment;

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
import java.util.EnumSet;
import java.util.Set;
import org.ohtpathway.process.RecordedAction;
import org.ohtpathway.referral.HealthNeed;

/** The health and wellbeing assessment, done by the Health Trainer with the person. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class Assessment extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Column(nullable = false)
  private LocalDate assessedOn;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "assessment_topic")
  @Enumerated(EnumType.STRING)
  @Column(name = "topic", nullable = false)
  private Set<HealthNeed> topicsToWorkOn = EnumSet.noneOf(HealthNeed.class);
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SmokingStatus smokingStatus;
  private Integer cigarettesPerDay;
  private int auditCFrequency;
  private int auditCTypicalAmount;
  private int auditCSixOrMore;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DrugUse drugUse;
  private Integer fruitAndVegetablePortions;
  private Integer activeDaysPerWeek;
  @Embedded
  private Swemwbs swemwbs;
  private boolean gpRegistered;
  private boolean dentistRegistered;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReadinessToChange readinessToChange;
  private int confidenceToChange;
  private boolean safeguardingConcern;
  @Column(length = 4000)
  private String notes;

  protected Assessment() {
  }

  Assessment(Long referralId, AssessmentAnswers answers, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.assessedOn = answers.assessedOn();
    this.topicsToWorkOn = answers.topicsToWorkOn().isEmpty()
        ? EnumSet.noneOf(HealthNeed.class) : EnumSet.copyOf(answers.topicsToWorkOn());
    this.smokingStatus = answers.smokingStatus();
    this.cigarettesPerDay = answers.cigarettesPerDay();
    this.auditCFrequency = answers.auditC().frequency();
    this.auditCTypicalAmount = answers.auditC().typicalAmount();
    this.auditCSixOrMore = answers.auditC().sixOrMore();
    this.drugUse = answers.drugUse();
    this.fruitAndVegetablePortions = answers.fruitAndVegetablePortions();
    this.activeDaysPerWeek = answers.activeDaysPerWeek();
    this.swemwbs = answers.swemwbs();
    this.gpRegistered = answers.gpRegistered();
    this.dentistRegistered = answers.dentistRegistered();
    this.readinessToChange = answers.readinessToChange();
    this.confidenceToChange = answers.confidenceToChange();
    this.safeguardingConcern = answers.safeguardingConcern();
    this.notes = answers.notes();
  }

  public Long getReferralId() {
    return referralId;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public Set<HealthNeed> getTopicsToWorkOn() {
    return topicsToWorkOn;
  }

  public SmokingStatus getSmokingStatus() {
    return smokingStatus;
  }

  public Integer getCigarettesPerDay() {
    return cigarettesPerDay;
  }

  public AuditC getAuditC() {
    return new AuditC(auditCFrequency, auditCTypicalAmount, auditCSixOrMore);
  }

  public DrugUse getDrugUse() {
    return drugUse;
  }

  public Integer getFruitAndVegetablePortions() {
    return fruitAndVegetablePortions;
  }

  public Integer getActiveDaysPerWeek() {
    return activeDaysPerWeek;
  }

  public Swemwbs getSwemwbs() {
    return swemwbs;
  }

  public boolean isGpRegistered() {
    return gpRegistered;
  }

  public boolean isDentistRegistered() {
    return dentistRegistered;
  }

  public ReadinessToChange getReadinessToChange() {
    return readinessToChange;
  }

  public int getConfidenceToChange() {
    return confidenceToChange;
  }

  public boolean isSafeguardingConcern() {
    return safeguardingConcern;
  }

  public String getNotes() {
    return notes;
  }
}
