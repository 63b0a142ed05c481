package org.ohtpathway.plan;

import org.ohtpathway.form.ShownDates;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class PlanService implements CaseStage {

  private final HealthPlanRepository plans;
  private final CaseProgress progress;

  PlanService(HealthPlanRepository plans, CaseProgress progress) {
    this.plans = plans;
    this.progress = progress;
  }

  public HealthPlan agree(Long referralId, LocalDate agreedOn, int plannedSessions,
      LocalDate firstSessionDate, List<GoalDetails> goals, String trainer) {
    HealthPlan plan = plans.save(new HealthPlan(referralId, agreedOn, plannedSessions, firstSessionDate, goals,
        trainer, ServiceClock.now()));
    progress.reached(referralId, Milestone.PLAN_AGREED, agreedOn, trainer);
    return plan;
  }

  /** The plan and its goals: the Health Trainer's to see. */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    return planFor(referralId).map(plan -> List.of(TimelineEntry.of(plan.getAgreedOn(), plan.getRecordedAt(),
        "Personal health plan agreed: " + plan.getPlannedSessions() + " sessions planned", plan.getRecordedBy(),
        Audience.HEALTH).withDetail(plan.getGoals().stream()
            .map(goal -> "Goal " + goal.getNumber() + " (" + goal.getTopic().label() + "): " + goal.getDescription()
                + (goal.getTargetDate() == null ? "" : ", by " + ShownDates.day(goal.getTargetDate())))
            .collect(java.util.stream.Collectors.joining("; "))))).orElse(List.of());
  }

  @Override
  public void minimise(Long referralId) {
    plans.findByReferralId(referralId).forEach(HealthPlan::minimise);
  }

  @Transactional(readOnly = true)
  public Optional<HealthPlan> planFor(Long referralId) {
    return plans.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }

  @Transactional(readOnly = true)
  public List<Goal> goalsOf(Long referralId) {
    return planFor(referralId).map(HealthPlan::getGoals).orElse(List.of());
  }

  /**
   * The plan's goals as rows of a dynamic list on a later form (session progress, exit
   * achievement): the goal's number and text, plus the fields that form asks per goal.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> goalRows(Long referralId) {
    return goalsOf(referralId).stream()
        .map(goal -> Map.<String, Object>of(
            "goalNumber", goal.getNumber(),
            "goal", goal.getTopic().label() + ": " + goal.getDescription()))
        .toList();
  }
}
