package org.ohtpathway.review;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.ohtpathway.config.PathwayProperties;
import org.ohtpathway.deadline.DeadlineProperties;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import org.springframework.stereotype.Component;

/**
 * When the progress reviews that do not wait for the sessions fall due: {@code oht.pathway.review-every-weeks}
 * after the plan was agreed, at the start of the working day, and again every as many weeks
 * while support continues ({@code ${reviewSchedule.cycle(execution)}} in the BPMN).
 */
@Component("reviewSchedule")
public class ReviewSchedule {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

  private final PathwayProperties pathway;
  private final DeadlineProperties deadlines;
  private final CaseProgress progress;
  private final TaskService tasks;

  ReviewSchedule(PathwayProperties pathway, DeadlineProperties deadlines, CaseProgress progress, TaskService tasks) {
    this.tasks = tasks;
    this.pathway = pathway;
    this.deadlines = deadlines;
    this.progress = progress;
  }

  /** An ISO 8601 repeating interval: from the first review's moment, every so many weeks. */
  public String cycle(VariableScope scope) {
    LocalDate agreed = progress.reachedOn(PathwayVariables.REFERRAL_ID.requiredFrom(scope), Milestone.PLAN_AGREED)
        .orElseGet(ServiceClock::today);
    return cycleFrom(agreed, pathway.reviewEveryWeeks(), deadlines.startOfWorkingDay());
  }

  /**
   * Whether the last of these reviews is still open when the next falls due: then that one stands
   * (its reminder and escalation have gone out) and no second one is opened beside it.
   */
  public boolean stillOpen(VariableScope scope) {
    return AsSystem.call(() -> stillOpen(tasks, scope));
  }

  /** The rule of {@link #stillOpen(VariableScope)}, on any engine's tasks (the capacity simulator's too). */
  public static boolean stillOpen(TaskService tasks, VariableScope scope) {
    return tasks.createTaskQuery().processInstanceId(((DelegateExecution) scope).getProcessInstanceId())
        .taskDefinitionKey(PathwayModel.TASK_SCHEDULED_REVIEW).count() > 0;
  }

  /** The cycle for a plan agreed on {@code planAgreed} (the capacity simulator's plans too). */
  public static String cycleFrom(LocalDate planAgreed, int weeks, LocalTime startOfWorkingDay) {
    String first = planAgreed.plusWeeks(weeks).atTime(startOfWorkingDay).atZone(ServiceClock.SERVICE_ZONE)
        .withZoneSameInstant(ZoneOffset.UTC).format(ISO);
    return "R/" + first + "/P" + (weeks * 7) + "D";
  }
}
