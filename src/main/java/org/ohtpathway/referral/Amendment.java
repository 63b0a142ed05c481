package org.ohtpathway.referral;

import java.time.LocalDate;
import java.util.Set;

/** The amendable details of a referral as a user submitted them (each may be unchanged). */
public record Amendment(String phone, String email, boolean safeToPhone, boolean safeToEmail, String addressLine,
    String postcode, RiskLevel riskToOthers, RiskLevel riskToSelf, String loneWorkingCautions,
    Set<HealthNeed> presentingNeeds, LocalDate supervisionEndDate, LocalDate releaseDate) {

  /** Today's details of the referral. */
  public static Amendment of(Referral referral) {
    Person person = referral.getPerson();
    return new Amendment(person.getPhone(), person.getEmail(), person.isSafeToPhone(), person.isSafeToEmail(),
        person.getAddressLine(), person.getPostcode(), referral.getRiskToOthers(), referral.getRiskToSelf(),
        referral.getLoneWorkingCautions(), Set.copyOf(referral.getPresentingNeeds()),
        referral.getSupervisionEndDate(), referral.getReleaseDate());
  }
}
