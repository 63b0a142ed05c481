package org.ohtpathway.session;

import java.time.LocalDate;
import java.util.List;

/** What the support session form records. */
public record SessionRecord(
    LocalDate sessionDate,
    Delivery delivery,
    Attendance attendance,
    String notHappenedReason,
    RescheduledBy rescheduledBy,
    String rescheduleReason,
    List<GoalProgress> progress,
    String notes,
    LocalDate nextSessionDate,
    boolean reviewRequested) {
}
