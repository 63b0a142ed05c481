package org.ohtpathway.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * When and where an appointment is: a day, a start time and a length; a probation office of
 * {@code oht.appointments.offices}, another venue with its address, phone or video; and, for a
 * visit the lone-working rule asks a safety plan for, who knows where the Health Trainer is and
 * when they check in.
 */
@Embeddable
public record Slot(
    @Column(nullable = false) LocalDate onDate,
    @Column(nullable = false) LocalTime startsAt,
    int lengthMinutes,
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 32) Place place,
    @Column(length = 64) String officeId,
    @Column(length = 1000) String venueAddress,
    @Column(length = 255) String safetyContact,
    LocalTime checkInAt) {

  public LocalDateTime start() {
    return onDate.atTime(startsAt);
  }

  public LocalDateTime end() {
    return start().plusMinutes(lengthMinutes);
  }

  public boolean hasSafetyPlan() {
    return safetyContact != null && checkInAt != null;
  }

  /** The slot without its free text (the venue's address, the safety contact). */
  Slot minimised() {
    return new Slot(onDate, startsAt, lengthMinutes, place, officeId, null, null, checkInAt);
  }
}
