package org.ohtpathway.notification;

import java.util.Optional;

/**
 * Where the calendar entry of an appointment comes from: the appointment stage answers, from
 * the appointment as it stands when the email is sent.
 */
public interface CalendarEntries {

  /** The appointment's entry, with a link to its case at {@code caseLink}; empty if it has gone. */
  Optional<CalendarEntry> appointment(Long appointmentId, String caseLink);
}
