package org.ohtpathway.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/** The consent recorded with the referral. Its withdrawal is a separate record. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class Consent extends RecordedAction {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(nullable = false)
  private Referral referral;
  private boolean given;
  private LocalDate givenOn;
  private boolean shareProgressWithProbation;
  private boolean shareWithGp;
  private boolean referOnToServices;
  @Column(length = 1000)
  private String namedServices;

  protected Consent() {
  }

  Consent(Referral referral, ConsentDetails details, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referral = referral;
    this.given = details.given();
    this.givenOn = details.givenOn();
    this.shareProgressWithProbation = details.shareProgressWithProbation();
    this.shareWithGp = details.shareWithGp();
    this.referOnToServices = details.referOnToServices();
    this.namedServices = details.namedServices();
  }

  void minimise() {
    namedServices = null;
  }

  public boolean isGiven() {
    return given;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public boolean isShareProgressWithProbation() {
    return shareProgressWithProbation;
  }

  public boolean isShareWithGp() {
    return shareWithGp;
  }

  public boolean isReferOnToServices() {
    return referOnToServices;
  }

  public String getNamedServices() {
    return namedServices;
  }
}
