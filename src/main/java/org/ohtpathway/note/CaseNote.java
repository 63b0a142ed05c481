package org.ohtpathway.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/**
 * A note a Health Trainer or coordinator added to a case, beside its tasks: a call, a message,
 * a visit. Shared with the practitioner only where the person agreed to share progress with
 * probation. Its text goes when the referral's details are removed; that a note was made stays.
 */
@Entity
@Table(name = "case_note")
public class CaseNote extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CaseNoteKind kind;
  @Column(nullable = false)
  private LocalDate notedOn;
  @Column(length = 4000)
  private String text;
  @Column(nullable = false)
  private boolean sharedWithPractitioner;

  protected CaseNote() {
  }

  CaseNote(Long referralId, CaseNoteKind kind, LocalDate notedOn, String text, boolean sharedWithPractitioner,
      String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.referralId = referralId;
    this.kind = kind;
    this.notedOn = notedOn;
    this.text = text;
    this.sharedWithPractitioner = sharedWithPractitioner;
  }

  void minimise() {
    text = null;
  }

  public Long getReferralId() { return referralId; }
  public CaseNoteKind getKind() { return kind; }
  public LocalDate getNotedOn() { return notedOn; }
  /** Null once the referral's details were removed. */
  public String getText() { return text; }
  public boolean isSharedWithPractitioner() { return sharedWithPractitioner; }
}
