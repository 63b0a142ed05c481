package org.ohtpathway.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class PlanService {

  private final HealthPlanRepository plans;

  PlanService(HealthPlanRepository plans) {
    this.plans = plans;
  }

  public HealthPlan agree(Long referralId, LocalDate agreedOn, int plannedSessions,
      LocalDate firstSessionDate, List<GoalDetails> goals, String trainer) {
    return plans.save(new HealthPlan(referralId, agreedOn, plannedSessions, firstSessionDate, goals,
        trainer, ServiceClock.now()));
  }

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
