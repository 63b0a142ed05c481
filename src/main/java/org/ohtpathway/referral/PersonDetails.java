package org.ohtpathway.referral;

import java.time.LocalDate;

/** The person section of the referral form. */
public record PersonDetails(
    String crn,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    Sex sex,
    String phone,
    String email,
    String addressLine,
    String postcode,
    boolean safeToPhone,
    boolean safeToEmail,
    String interpreterLanguage,
    String accessibilityNeeds,
    String commitments) {
}
