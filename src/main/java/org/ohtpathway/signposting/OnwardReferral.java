package org.ohtpathway.signposting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.process.RecordedAction;

/** Signposting or an onward referral to a health or support service. */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class OnwardReferral extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  private Long sessionId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ServiceType serviceType;
  @Column(nullable = false)
  private String serviceName;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private KindOfHelp kindOfHelp;
  @Column(nullable = false)
  private LocalDate referredOn;

  protected OnwardReferral() {
  }

  OnwardReferral(Long referralId, Long sessionId, OnwardReferralDetails details, String recordedBy,
      Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.sessionId = sessionId;
    this.serviceType = details.serviceType();
    this.serviceName = details.serviceName();
    this.kindOfHelp = details.kindOfHelp();
    this.referredOn = details.referredOn();
  }

  public Long getReferralId() {
    return referralId;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public String getServiceName() {
    return serviceName;
  }

  public KindOfHelp getKindOfHelp() {
    return kindOfHelp;
  }

  public LocalDate getReferredOn() {
    return referredOn;
  }

  public String describe() {
    return kindOfHelp.label() + ": " + serviceType.label() + " (" + serviceName + ") on " + ShownDates.day(referredOn);
  }
}
