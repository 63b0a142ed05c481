package org.ohtpathway.assessment;

import java.time.LocalDate;
import java.util.Set;
import org.ohtpathway.referral.HealthNeed;

/** What the assessment form records. */
public record AssessmentAnswers(
    LocalDate assessedOn,
    Set<HealthNeed> topicsToWorkOn,
    SmokingStatus smokingStatus,
    Integer cigarettesPerDay,
    AuditC auditC,
    DrugUse drugUse,
    Integer fruitAndVegetablePortions,
    Integer activeDaysPerWeek,
    Swemwbs swemwbs,
    boolean gpRegistered,
    boolean dentistRegistered,
    ReadinessToChange readinessToChange,
    int confidenceToChange,
    boolean safeguardingConcern,
    String notes) {
}
