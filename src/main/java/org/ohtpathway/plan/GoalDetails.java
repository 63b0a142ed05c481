package org.ohtpathway.plan;

import java.time.LocalDate;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.referral.HealthNeed;

public record GoalDetails(HealthNeed topic, String description, String steps, LocalDate targetDate) {

  /** A goal as a row of a goals list enters it (the plan's goals, a review's new goals): every field required. */
  static GoalDetails read(FormInput row) {
    HealthNeed topic = row.code("topic", "topic", HealthNeed.class);
    String goal = row.requiredText("goal", "goal", TextColumn.PARAGRAPH);
    String steps = row.requiredText("steps", "steps", TextColumn.NOTE);
    LocalDate target = row.requiredDate("targetDate", "target date");
    return new GoalDetails(topic, goal, steps, target);
  }
}
