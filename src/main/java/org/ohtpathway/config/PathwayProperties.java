package org.ohtpathway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own rules that are not decision tables ({@code oht.pathway.*}).
 *
 * @param maxContactAttempts failed first-contact attempts after which the referral ends as
 *     "unable to contact"
 * @param absencesBeforeDisengagementReview unacceptable absences in a row that trigger a
 *     disengagement review
 * @param absencesBeforePractitionerTold unacceptable absences in a row after which the
 *     probation practitioner is told
 * @param reviewEveryWeeks weeks after the plan is agreed that a progress review falls due, and
 *     again every as many weeks while support continues
 */
@ConfigurationProperties("oht.pathway")
public record PathwayProperties(
    @DefaultValue("3") int maxContactAttempts,
    @DefaultValue("3") int absencesBeforeDisengagementReview,
    @DefaultValue("2") int absencesBeforePractitionerTold,
    @DefaultValue("12") int reviewEveryWeeks) {
}
