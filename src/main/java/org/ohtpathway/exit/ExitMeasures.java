package org.ohtpathway.exit;

import java.util.Set;
import org.ohtpathway.assessment.SmokingStatus;
import org.ohtpathway.assessment.Swemwbs;

/**
 * The measures repeated at exit. A measure not collected is null and listed in
 * {@code notCollected}, and then a reason is required.
 */
public record ExitMeasures(
    Swemwbs swemwbs,
    Integer confidenceToChange,
    Boolean gpRegistered,
    Boolean dentistRegistered,
    SmokingStatus smokingStatus,
    Set<ExitMeasure> notCollected,
    MeasureNotCollectedReason notCollectedReason,
    String notCollectedDetails) {
}
