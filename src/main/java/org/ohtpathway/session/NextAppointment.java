package org.ohtpathway.session;

import org.ohtpathway.appointment.RescheduledBy;
import org.ohtpathway.appointment.Slot;

/**
 * What a support session books: the next appointment, or, when the session was rescheduled, the
 * new slot of the booked one with who asked and why.
 */
public record NextAppointment(Slot slot, RescheduledBy askedBy, String reason) {

  public static NextAppointment booking(Slot slot) {
    return new NextAppointment(slot, null, null);
  }

  public static NextAppointment none() {
    return new NextAppointment(null, null, null);
  }
}
