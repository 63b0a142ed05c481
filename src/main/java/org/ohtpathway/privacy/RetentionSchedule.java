package org.ohtpathway.privacy;

import org.springframework.stereotype.Component;

/**
 * The schedule the timer of {@code ApplyRetention} reads: {@code ${retentionSchedule.cycle()}}.
 * The engine reads it while it deploys, so it depends on nothing but configuration.
 */
@Component("retentionSchedule")
public class RetentionSchedule {

  private final RetentionProperties properties;

  RetentionSchedule(RetentionProperties properties) {
    this.properties = properties;
  }

  public String cycle() {
    return properties.schedule();
  }
}
