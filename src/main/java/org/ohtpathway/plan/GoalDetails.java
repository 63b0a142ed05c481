package org.ohtpathway.plan;

import java.time.LocalDate;
import org.ohtpathway.referral.HealthNeed;

public record GoalDetails(HealthNeed topic, String description, String steps, LocalDate targetDate) {
}
