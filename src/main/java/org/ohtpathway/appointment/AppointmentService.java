package org.ohtpathway.appointment;

import org.ohtpathway.form.ShownDates;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ohtpathway.notification.NotificationEvent;
import org.ohtpathway.notification.Notifier;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.TimelineEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, reschedules and closes the appointments of a referral. At most one is booked at a
 * time: the one the next "Record support session" task is for, which falls due on its day.
 * Each booking and rescheduling emails the Health Trainer a calendar invitation.
 */
@Service
@Transactional
public class AppointmentService implements CaseStage {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private final AppointmentRepository appointments;
  private final ReschedulingRepository reschedulings;
  private final AppointmentProperties properties;
  private final Notifier notifier;

  AppointmentService(AppointmentRepository appointments, ReschedulingRepository reschedulings,
      AppointmentProperties properties, Notifier notifier) {
    this.appointments = appointments;
    this.reschedulings = reschedulings;
    this.properties = properties;
    this.notifier = notifier;
  }

  /** Books the next appointment; one still booked is left as it is (the session recorded for it closes it). */
  public Appointment book(Long referralId, Slot slot, String by) {
    int number = appointmentsOf(referralId).size() + 1;
    Appointment booked = appointments.save(new Appointment(referralId, number, slot, by, ServiceClock.now()));
    notifier.notify(NotificationEvent.APPOINTMENT_BOOKED, referralId, booked.getId());
    return booked;
  }

  /**
   * Moves the booked appointment to another slot, keeping the one it had with who asked and
   * why. With no appointment booked (a case from before appointments were booked) the new slot
   * is booked instead.
   */
  public Appointment reschedule(Long referralId, Slot to, RescheduledBy askedBy, String reason, String by) {
    Optional<Appointment> booked = booked(referralId);
    if (booked.isEmpty()) {
      return book(referralId, to, by);
    }
    Appointment appointment = booked.get();
    reschedulings.save(new Rescheduling(appointment, appointment.getSlot(), askedBy, reason, by, ServiceClock.now()));
    appointment.moveTo(to);
    notifier.notify(NotificationEvent.APPOINTMENT_RESCHEDULED, referralId, appointment.getId());
    return appointment;
  }

  /** The session recorded for the booked appointment says whether it was attended. */
  public Optional<Appointment> recordOutcome(Long referralId, AppointmentStatus outcome, Long sessionId, String by) {
    if (outcome == AppointmentStatus.BOOKED) {
      throw new IllegalArgumentException("An outcome is attended, not attended or did not happen");
    }
    Optional<Appointment> booked = booked(referralId);
    booked.ifPresent(appointment -> appointment.outcome(outcome, sessionId, by, ServiceClock.now()));
    return booked;
  }

  /** Support ended early: the appointment still booked will not happen. */
  public Optional<Appointment> cancelBooked(Long referralId, String by) {
    Optional<Appointment> booked = booked(referralId);
    booked.ifPresent(appointment -> appointment.outcome(AppointmentStatus.CANCELLED, null, by, ServiceClock.now()));
    return booked;
  }

  /** The appointment booked and not yet recorded, if any. */
  @Transactional(readOnly = true)
  public Optional<Appointment> booked(Long referralId) {
    return appointmentsOf(referralId).stream().filter(Appointment::isBooked)
        .max(Comparator.comparing(Appointment::getNumber));
  }

  @Transactional(readOnly = true)
  public Optional<Appointment> appointment(Long appointmentId) {
    return appointments.findById(appointmentId);
  }

  @Transactional(readOnly = true)
  public List<Appointment> appointmentsOf(Long referralId) {
    return appointments.findByReferralIdOrderByNumberAsc(referralId);
  }

  /** The moves of one appointment, earliest first. */
  @Transactional(readOnly = true)
  public List<Rescheduling> reschedulingsOf(Appointment appointment) {
    return reschedulings.findByAppointmentIdOrderByRecordedAtAscIdAsc(appointment.getId());
  }

  /** "Tuesday 6 April 2027, 14:00 to 14:45". */
  public static String when(Slot slot) {
    return ShownDates.day(slot.onDate()) + ", " + TIME.format(slot.startsAt()) + " to " + TIME.format(slot.end());
  }

  /** Where, in words: the office's name, "another venue", "by phone", "by video"; no address. */
  public String where(Slot slot) {
    return switch (slot.place()) {
      case PROBATION_OFFICE -> properties.office(slot.officeId()).map(Office::name)
          .orElse("probation office " + slot.officeId());
      case OTHER_VENUE -> "another venue";
      case PHONE -> "by phone";
      case VIDEO -> "by video";
    };
  }

  /** Where, with the address: for the Health Trainer's calendar. */
  public String location(Slot slot) {
    return switch (slot.place()) {
      case PROBATION_OFFICE -> properties.office(slot.officeId()).map(office -> office.name() + ", " + office.address())
          .orElse("Probation office " + slot.officeId());
      case OTHER_VENUE -> slot.venueAddress() == null ? "Another venue" : slot.venueAddress();
      case PHONE -> "Phone";
      case VIDEO -> "Video";
    };
  }

  /**
   * Each booking, move and outcome, for the health side (how the service runs the case): the
   * day, time and kind of place in the title; the venue's address, the safety plan and the
   * reason for a move in the detail.
   */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    List<TimelineEntry> entries = new ArrayList<>();
    List<Rescheduling> moves = reschedulings.findByReferralIdOrderByRecordedAtAscIdAsc(referralId);
    for (Appointment appointment : appointmentsOf(referralId)) {
      List<Rescheduling> mine = moves.stream().filter(move -> move.getAppointmentId().equals(appointment.getId()))
          .toList();
      Slot first = mine.isEmpty() ? appointment.getSlot() : mine.get(0).getPrevious();
      String name = "Appointment " + appointment.getNumber();
      entries.add(entry(day(appointment.getRecordedAt()), appointment.getRecordedAt(),
          name + " booked for " + when(first) + ", " + where(first), appointment.getRecordedBy(), details(first)));
      for (int i = 0; i < mine.size(); i++) {
        Rescheduling move = mine.get(i);
        Slot to = i + 1 < mine.size() ? mine.get(i + 1).getPrevious() : appointment.getSlot();
        String detail = "Asked by " + move.getAskedBy().label().toLowerCase(Locale.UK)
            + (move.getReason() == null ? "" : ": " + move.getReason());
        String toDetails = details(to);
        entries.add(entry(day(move.getRecordedAt()), move.getRecordedAt(),
            name + " moved from " + when(move.getPrevious()) + " to " + when(to) + ", " + where(to),
            move.getRecordedBy(), toDetails == null ? detail : detail + ". " + toDetails));
      }
      if (!appointment.isBooked()) {
        entries.add(entry(appointment.getSlot().onDate(), appointment.getOutcomeRecordedAt(),
            name + ": " + appointment.getStatus().label().toLowerCase(Locale.UK), appointment.getOutcomeRecordedBy(),
            null));
      }
    }
    return entries;
  }

  private static TimelineEntry entry(LocalDate on, java.time.Instant at, String title, String by, String detail) {
    TimelineEntry entry = TimelineEntry.of(on, at, title, by, Audience.OPERATIONAL);
    return detail == null ? entry : entry.withDetail(detail);
  }

  private static String details(Slot slot) {
    List<String> parts = new ArrayList<>();
    if (slot.venueAddress() != null) {
      parts.add("Venue: " + slot.venueAddress());
    }
    if (slot.safetyContact() != null) {
      parts.add("Safety plan: " + slot.safetyContact() + " knows where the Health Trainer is"
          + (slot.checkInAt() == null ? "" : "; check in at " + TIME.format(slot.checkInAt())));
    }
    return parts.isEmpty() ? null : String.join(". ", parts);
  }

  private static LocalDate day(java.time.Instant at) {
    return LocalDate.ofInstant(at, ServiceClock.SERVICE_ZONE);
  }

  /** Keeps the days, times and kinds of place; drops the venues' addresses, safety contacts and reasons. */
  @Override
  public void minimise(Long referralId) {
    appointmentsOf(referralId).forEach(Appointment::minimise);
    reschedulings.findByReferralIdOrderByRecordedAtAscIdAsc(referralId).forEach(Rescheduling::minimise);
  }
}
