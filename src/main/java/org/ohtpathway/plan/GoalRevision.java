package org.ohtpathway.plan;

import java.time.LocalDate;

/**
 * One goal of the current plan as a review sends it back: its wording, steps and target date
 * (changed or not), and whether it is closed, why, and in other words if the reason is "other".
 */
public record GoalRevision(int goalNumber, String description, String steps, LocalDate targetDate, boolean close,
    GoalClosure closure, String closureOther) {
}
