package org.ohtpathway.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Progress on one goal of the plan at one session. */
@Embeddable
public record GoalProgress(
    int goalNumber,
    @Enumerated(EnumType.STRING) GoalProgressLevel level,
    @Column(length = 1000) String note) {
}
