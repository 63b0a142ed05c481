package org.ohtpathway.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reports and exports ({@code oht.reports.*}).
 *
 * @param pseudonymKey the secret that turns a referral id into the case id of the exports; keep it
 *     secret and keep it the same, or case ids change (at least 32 characters; required in production)
 */
@ConfigurationProperties("oht.reports")
public record ReportsProperties(String pseudonymKey) {

  public static final int MINIMUM_KEY_LENGTH = 32;
}
