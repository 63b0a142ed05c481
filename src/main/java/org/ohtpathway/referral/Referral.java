package org.ohtpathway.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.ohtpathway.process.RecordedAction;

/**
 * A referral made by a probation practitioner; {@code recordedBy} is the referrer. Reports find
 * referrals by when they were received, and history by their process instance.
 */
@Entity
@Table(indexes = {@Index(columnList = "recorded_at"), @Index(columnList = "process_instance_id")})
public class Referral extends RecordedAction {

  /**
   * A reference: OHT, the year, and the referral's number (six digits, more once a service has
   * made a million referrals; the column holds 20 characters).
   */
  /** A referral's reference as it appears in a text. */
  public static final String REFERENCE_SHAPE = "OHT-[0-9]{4}-[0-9]{6,11}";
  public static final Pattern REFERENCE = Pattern.compile("^" + REFERENCE_SHAPE + "$");

  public static boolean isReference(String reference) {
    return reference != null && REFERENCE.matcher(reference).matches();
  }

  /** Given right after the referral is first saved, as it is made from the id. */
  @Column(unique = true, length = 20)
  private String reference;
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(nullable = false)
  private Person person;
  @Column(length = 64)
  private String processInstanceId;

  // Nullable: health and offence details are removed when consent is withdrawn or retention ends.
  @Enumerated(EnumType.STRING)
  private SupervisionType supervisionType;
  private LocalDate supervisionEndDate;
  private LocalDate releaseDate;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "referral_need")
  @Enumerated(EnumType.STRING)
  @Column(name = "need", nullable = false)
  private Set<HealthNeed> presentingNeeds = EnumSet.noneOf(HealthNeed.class);
  @Enumerated(EnumType.STRING)
  private YesNoNotKnown registeredWithGp;
  private Boolean mentalHealthCrisis;

  @Enumerated(EnumType.STRING)
  private RiskLevel riskToOthers;
  @Enumerated(EnumType.STRING)
  private RiskLevel riskToSelf;
  @Column(length = 4000)
  private String loneWorkingCautions;
  @Column(length = 4000)
  private String reason;

  @Column(nullable = false)
  private String practitionerName;
  @Column(nullable = false)
  private String practitionerEmail;
  private String practitionerPhone;

  protected Referral() {
  }

  Referral(Person person, ReferralDetails details, String processInstanceId, String referrer,
      Instant recordedAt) {
    super(referrer, recordedAt);
    this.person = person;
    this.processInstanceId = processInstanceId;
    this.supervisionType = details.supervisionType();
    this.supervisionEndDate = details.supervisionEndDate();
    this.releaseDate = details.releaseDate();
    this.presentingNeeds = details.presentingNeeds().isEmpty()
        ? EnumSet.noneOf(HealthNeed.class) : EnumSet.copyOf(details.presentingNeeds());
    this.registeredWithGp = details.registeredWithGp();
    this.mentalHealthCrisis = details.mentalHealthCrisis();
    this.riskToOthers = details.riskToOthers();
    this.riskToSelf = details.riskToSelf();
    this.loneWorkingCautions = details.loneWorkingCautions();
    this.reason = details.reason();
    this.practitionerName = details.practitionerName();
    this.practitionerEmail = details.practitionerEmail();
    this.practitionerPhone = details.practitionerPhone();
  }

  /** The details staff may amend from the case (see {@link AmendmentService}). */
  void amend(RiskLevel riskToOthers, RiskLevel riskToSelf, String loneWorkingCautions, Set<HealthNeed> needs,
      LocalDate supervisionEndDate, LocalDate releaseDate) {
    this.riskToOthers = riskToOthers;
    this.riskToSelf = riskToSelf;
    this.loneWorkingCautions = loneWorkingCautions;
    this.presentingNeeds.clear();
    this.presentingNeeds.addAll(needs);
    this.supervisionEndDate = supervisionEndDate;
    this.releaseDate = releaseDate;
  }

  /** Removes the health, risk and offence details, and the person's. */
  void minimise() {
    person.minimise();
    supervisionType = null;
    supervisionEndDate = null;
    releaseDate = null;
    presentingNeeds.clear();
    registeredWithGp = null;
    mentalHealthCrisis = null;
    riskToOthers = null;
    riskToSelf = null;
    loneWorkingCautions = null;
    reason = null;
  }

  void assignReference(String reference) {
    this.reference = reference;
  }

  public String getReference() {
    return reference;
  }

  public Person getPerson() {
    return person;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public SupervisionType getSupervisionType() {
    return supervisionType;
  }

  public LocalDate getSupervisionEndDate() {
    return supervisionEndDate;
  }

  public LocalDate getReleaseDate() {
    return releaseDate;
  }

  public Set<HealthNeed> getPresentingNeeds() {
    return presentingNeeds;
  }

  public YesNoNotKnown getRegisteredWithGp() {
    return registeredWithGp;
  }

  public boolean isMentalHealthCrisis() {
    return Boolean.TRUE.equals(mentalHealthCrisis);
  }

  public RiskLevel getRiskToOthers() {
    return riskToOthers;
  }

  public RiskLevel getRiskToSelf() {
    return riskToSelf;
  }

  public String getLoneWorkingCautions() {
    return loneWorkingCautions;
  }

  public String getReason() {
    return reason;
  }

  public String getPractitionerName() {
    return practitionerName;
  }

  public String getPractitionerEmail() {
    return practitionerEmail;
  }

  public String getPractitionerPhone() {
    return practitionerPhone;
  }
}
