package org.ohtpathway.exit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public record GoalOutcome(
    int goalNumber,
    @Enumerated(EnumType.STRING) @Column(nullable = false) GoalAchievement achievement) {
}
