package org.ohtpathway.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a closed referral's personal and health details are kept ({@code oht.retention.*}).
 *
 * @param days days after the referral closed; the same as the processes' history time to live
 * @param schedule when the nightly job runs (a Camunda timer cycle, e.g. a cron expression)
 */
@ConfigurationProperties("oht.retention")
public record RetentionProperties(
    @DefaultValue("2922") int days,
    @DefaultValue("0 0 2 * * ?") String schedule) {
}
