package org.ohtpathway.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.RecordedAction;

/**
 * A coordinator's question to the practitioner at triage (who asked and when are the record's),
 * and the practitioner's answer. The texts are free text, perhaps about health: they are
 * removed with the person's details; who asked, who answered and when stay.
 */
@Entity
@Table(indexes = @Index(columnList = "referral_id"))
public class TriageQuestion extends RecordedAction {

  @Column(nullable = false)
  private Long referralId;
  @Column(length = 4000)
  private String question;
  @Column(nullable = false)
  private LocalDate askedOn;
  @Column(length = 4000)
  private String answer;
  @Column(length = 64)
  private String answeredBy;
  private Instant answeredAt;
  private LocalDate answeredOn;

  protected TriageQuestion() {
  }

  TriageQuestion(Long referralId, String question, LocalDate askedOn, String askedBy, Instant askedAt) {
    super(askedBy, askedAt);
    this.referralId = referralId;
    this.question = question;
    this.askedOn = askedOn;
  }

  void answer(String text, String by, Instant at, LocalDate on) {
    if (answeredOn != null) {
      throw new IllegalStateException("Question " + getId() + " is already answered");
    }
    this.answer = text;
    this.answeredBy = by;
    this.answeredAt = at;
    this.answeredOn = on;
  }

  void minimise() {
    question = null;
    answer = null;
  }

  public boolean isAnswered() {
    return answeredOn != null;
  }

  public Long getReferralId() {
    return referralId;
  }

  public String getQuestion() {
    return question;
  }

  public LocalDate getAskedOn() {
    return askedOn;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }
}
