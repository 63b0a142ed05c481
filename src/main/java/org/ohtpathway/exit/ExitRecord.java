package org.ohtpathway.exit;

import java.time.LocalDate;
import java.util.List;

/** What the exit form records. */
public record ExitRecord(
    LocalDate exitedOn,
    ExitReason reason,
    String reasonOther,
    List<GoalOutcome> goalOutcomes,
    ExitMeasures measures,
    String feedback,
    Integer helpfulness) {
}
