package org.ohtpathway.deadline;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Every deadline of the pathway ({@code oht.deadlines.*}), in working days. A step's due date
 * is {@code target} working days after its start, at the end of the working day; its
 * reminder and escalation fire at the start of the working day {@code reminder} and
 * {@code escalation} working days after the due day (0 = the morning of the due day,
 * 1 = the next morning, -2 = two working days before). A step that is due the same working
 * day may instead be reminded {@code reminderAfterHours} working hours after it starts. A step
 * without a reminder or an escalation has no such timer in the BPMN.
 *
 * @param holidayFiles bank holiday files; list more to add days
 * @param defaultSessionGap working days to the next session when none was booked
 */
@ConfigurationProperties("oht.deadlines")
public record DeadlineProperties(
    @DefaultValue("09:00") LocalTime startOfWorkingDay,
    @DefaultValue("17:00") LocalTime endOfWorkingDay,
    @DefaultValue("classpath:calendar/bank-holidays-england-and-wales.csv") List<Resource> holidayFiles,
    @DefaultValue("5") int defaultSessionGap,
    Map<String, Step> steps) {

  /**
   * When a step's clock starts. {@code TRIAGE_OPENED}: the day the referral first came to triage,
   * moved on by the working days triage then waited for the practitioner to answer its
   * questions (the clock stands still while a question waits).
   */
  public enum Start { TASK_CREATED, REFERRAL_RECEIVED, ALLOCATED, NEXT_SESSION, ONWARD_REFERRAL_MADE,
    TRIAGE_OPENED }

  public record Step(@DefaultValue("TASK_CREATED") Start from, int target, Integer reminder,
      Integer reminderAfterHours, Integer escalation) {
  }

  public Step step(String name) {
    Step step = steps == null ? null : steps.get(name);
    if (step == null) {
      throw new IllegalArgumentException("No deadline '" + name + "' in oht.deadlines.steps");
    }
    return step;
  }
}
