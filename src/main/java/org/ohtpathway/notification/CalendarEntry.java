package org.ohtpathway.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an email's calendar invitation says: an event with a stable id (a later invitation with
 * the same id and a higher sequence replaces it in the recipient's calendar), a title, a place,
 * a time (or a whole day) and a link. Only the referral's reference, never a person's name or
 * anything about their health, goes into it.
 *
 * @param start the start, or null for an entry on the whole of {@code day}
 * @param end the end, with {@code start}
 * @param day the day of an all-day entry, or null
 * @param location where, or null
 */
public record CalendarEntry(String uid, int sequence, String summary, Instant start, Instant end, LocalDate day,
    String location, String description, String url) {

  public static CalendarEntry at(String uid, int sequence, String summary, Instant start, Instant end,
      String location, String description, String url) {
    return new CalendarEntry(uid, sequence, summary, start, end, null, location, description, url);
  }

  public static CalendarEntry allDay(String uid, String summary, LocalDate day, String description, String url) {
    return new CalendarEntry(uid, 0, summary, null, null, day, null, description, url);
  }
}
