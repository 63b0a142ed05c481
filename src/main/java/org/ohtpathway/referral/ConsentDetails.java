package org.ohtpathway.referral;

import java.time.LocalDate;

/** The person's explicit consent, separate from any other consent and withdrawable. */
public record ConsentDetails(
    boolean given,
    LocalDate givenOn,
    boolean shareProgressWithProbation,
    boolean shareWithGp,
    boolean referOnToServices,
    String namedServices) {
}
