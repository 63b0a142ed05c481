package org.ohtpathway.session;

import java.time.LocalDate;
import java.util.List;

/** What the support session form records of the session itself. */
public record SessionRecord(
    LocalDate sessionDate,
    Delivery delivery,
    Attendance attendance,
    String notHappenedReason,
    List<GoalProgress> progress,
    String notes,
    boolean reviewRequested) {
}
