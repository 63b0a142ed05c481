package org.ohtpathway.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/** What the safeguarding lead did about a concern. */
@Entity
public class SafeguardingAction extends RecordedAction {

  @Column(nullable = false)
  private Long concernId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SafeguardingActionTaken action;
  @Column(nullable = false, length = 4000)
  private String details;
  private boolean practitionerInformed;
  @Column(nullable = false)
  private LocalDate actionedOn;

  protected SafeguardingAction() {
  }

  SafeguardingAction(Long concernId, SafeguardingActionTaken action, String details,
      boolean practitionerInformed, LocalDate actionedOn, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.concernId = concernId;
    this.action = action;
    this.details = details;
    this.practitionerInformed = practitionerInformed;
    this.actionedOn = actionedOn;
  }

  public Long getConcernId() {
    return concernId;
  }

  public SafeguardingActionTaken getAction() {
    return action;
  }

  public String getDetails() {
    return details;
  }

  public boolean isPractitionerInformed() {
    return practitionerInformed;
  }

  public LocalDate getActionedOn() {
    return actionedOn;
  }
}
