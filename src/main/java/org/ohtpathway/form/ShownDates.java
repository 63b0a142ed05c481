package org.ohtpathway.form;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.ohtpathway.process.ServiceClock;

/**
 * Dates and times as staff read them, in one format wherever the server writes one into what a
 * form shows or a sentence it says: a day as {@code 3 Apr 2027}, a moment as
 * {@code 3 Apr 2027, 14:05} in UK local time. The Camunda webapps (their {@code config.js}
 * {@code dateFormat}) and the case pages ({@code static/assets/cases/dates.js}) write the same.
 * Month names are English abbreviations of three letters ("Sep", as moment.js writes it, not the
 * "Sept" of the en-GB locale data).
 */
public final class ShownDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH).withZone(ServiceClock.SERVICE_ZONE);

  private ShownDates() {
  }

  /** A day, e.g. {@code 3 Apr 2027}; empty for none. */
  public static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /** A moment in UK local time, e.g. {@code 3 Apr 2027, 14:05}; empty for none. */
  public static String moment(Instant moment) {
    return moment == null ? "" : MOMENT.format(moment);
  }

  public static String moment(Date moment) {
    return moment == null ? "" : moment(moment.toInstant());
  }
}
