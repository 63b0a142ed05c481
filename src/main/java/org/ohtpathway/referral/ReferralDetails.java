package org.ohtpathway.referral;

import java.time.LocalDate;
import java.util.Set;

/** Supervision, health, risk and practitioner sections of the referral form. */
public record ReferralDetails(
    SupervisionType supervisionType,
    LocalDate supervisionEndDate,
    LocalDate releaseDate,
    Set<HealthNeed> presentingNeeds,
    YesNoNotKnown registeredWithGp,
    boolean mentalHealthCrisis,
    RiskLevel riskToOthers,
    RiskLevel riskToSelf,
    String loneWorkingCautions,
    String reason,
    String practitionerName,
    String practitionerEmail,
    String practitionerPhone) {
}
