package org.ohtpathway.appointment;

import java.util.Optional;
import org.ohtpathway.notification.CalendarEntries;
import org.ohtpathway.notification.CalendarEntry;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar entry of an appointment for the Health Trainer: "OHT appointment" and the
 * referral's reference, where (the office's name and address, the venue's address, phone or
 * video), when, and a link to the case. Nothing about the person: not their name, not their
 * health. Every move of the appointment raises its sequence, so the calendar replaces it.
 */
@Component
class AppointmentInvitations implements CalendarEntries {

  private final AppointmentService appointments;
  private final ReferralService referrals;

  AppointmentInvitations(AppointmentService appointments, ReferralService referrals) {
    this.appointments = appointments;
    this.referrals = referrals;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CalendarEntry> appointment(Long appointmentId, String caseLink) {
    return appointments.appointment(appointmentId).map(appointment -> {
      Slot slot = appointment.getSlot();
      String reference = referrals.get(appointment.getReferralId()).getReference();
      return CalendarEntry.at("appointment-" + appointment.getId() + "@oht-pathway",
          appointments.reschedulingsOf(appointment).size(),
          "OHT appointment: " + reference,
          slot.start().atZone(ServiceClock.SERVICE_ZONE).toInstant(),
          slot.end().atZone(ServiceClock.SERVICE_ZONE).toInstant(),
          appointments.location(slot),
          "Appointment " + appointment.getNumber() + " of referral " + reference + ", " + appointments.where(slot)
              + ". Record the session in Tasklist on the day. Case: " + caseLink,
          caseLink);
    });
  }
}
