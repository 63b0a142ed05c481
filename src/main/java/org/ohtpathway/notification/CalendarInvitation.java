package org.ohtpathway.notification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ohtpathway.process.ServiceClock;

/**
 * An iCalendar file ({@code .ics}, RFC 5545) of one {@link CalendarEntry}, written with ical4j.
 * Times are in UTC, which every calendar program shows in its own time zone; an all-day entry
 * is a date. It is published (METHOD:PUBLISH), not a meeting request: adding it to a calendar
 * answers nobody.
 */
public final class CalendarInvitation {

  public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
  static final String PRODUCT = "-//OHT Pathway//Appointments//EN";

  private CalendarInvitation() {
  }

  /**
   * The entry as an iCalendar file published by {@code organizer} (the address the emails come
   * from: a published event names its organiser, RFC 5546).
   */
  public static String write(CalendarEntry entry, String organizer) {
    VEvent event = entry.day() != null
        ? new VEvent(entry.day(), entry.day().plusDays(1), entry.summary())
        : new VEvent(entry.start(), entry.end(), entry.summary());
    event.add(new Uid(entry.uid()));
    event.replace(new DtStamp(ServiceClock.now()));
    event.add(new Sequence(entry.sequence()));
    event.add(new Organizer(URI.create("mailto:" + organizer)));
    if (entry.location() != null) {
      event.add(new Location(entry.location()));
    }
    if (entry.description() != null) {
      event.add(new Description(entry.description()));
    }
    if (entry.url() != null) {
      event.add(new Url(URI.create(entry.url())));
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(event);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the calendar invitation " + entry.uid(), e);
    }
    return out.toString();
  }
}
