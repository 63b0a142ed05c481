package org.ohtpathway.progress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that happened to a case: on which day (and when it was recorded), what, by whom,
 * with an optional detail, and who may see it.
 */
public record TimelineEntry(LocalDate on, Instant recordedAt, String title, String detail, String by,
    Audience audience) {

  public static TimelineEntry of(LocalDate on, Instant recordedAt, String title, String by, Audience audience) {
    return new TimelineEntry(on, recordedAt, title, null, by, audience);
  }

  public TimelineEntry withDetail(String text) {
    return new TimelineEntry(on, recordedAt, title, text, by, audience);
  }
}
