package org.ohtpathway.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.ohtpathway.process.ServiceClock;

/**
 * The referrals a report is about: those received from {@code from} to {@code to}, both days
 * included (the service's time zone). Everything that happened to them later counts too.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  /** A period that cannot be reported on, with what to correct. */
  public static class InvalidPeriod extends IllegalArgumentException {
    InvalidPeriod(String message) {
      super(message);
    }
  }

  public ReportPeriod {
    if (from == null || to == null) {
      throw new InvalidPeriod("Give both dates of the period, 'from' and 'to' (yyyy-mm-dd).");
    }
    if (to.isBefore(from)) {
      throw new InvalidPeriod("The period's 'to' date (" + to + ") is before its 'from' date (" + from
          + ").");
    }
  }

  /** The twelve months up to and including today, when a caller names no dates. */
  public static ReportPeriod of(LocalDate from, LocalDate to) {
    LocalDate end = to != null ? to : ServiceClock.today();
    return new ReportPeriod(from != null ? from : end.minusYears(1).plusDays(1), end);
  }

  Instant start() {
    return from.atStartOfDay(ServiceClock.SERVICE_ZONE).toInstant();
  }

  Instant end() {
    return to.plusDays(1).atStartOfDay(ServiceClock.SERVICE_ZONE).toInstant();
  }
}
