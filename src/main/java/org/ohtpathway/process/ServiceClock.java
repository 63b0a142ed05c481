package org.ohtpathway.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time as the engine sees it. Records use the engine clock so that what is recorded
 * and what the engine schedules agree, also when a test or a simulation moves the clock.
 */
public final class ServiceClock {

  /** The service runs in England: "today" for a date a user enters is the date in London. */
  public static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/London");

  private ServiceClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(now(), SERVICE_ZONE);
  }
}
