package org.ohtpathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_EXIT;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_SUPPORT_SESSION;
import static org.ohtpathway.process.PathwayModel.TASK_REVIEW_PROGRESS;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.exit.GoalAchievement;
import org.ohtpathway.process.ServiceClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reports read a revised plan's version in force: its goals set leave out a goal closed at a
 * review as no longer relevant, and count one closed as achieved, which the exit rated so.
 */
@PathwayTest
class RevisedPlanReportTest {

  @Autowired ProcessEngine engine;
  @Autowired ReportData data;

  @Test
  void theGoalsSetAreThoseOfTheVersionInForceLessTheGoalsNoLongerRelevant() {
    Pathway pathway = new Pathway(engine);
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    String target = ServiceClock.today().plusWeeks(8).toString();
    Map<String, Object> review = Pathway.reviewForm("EXIT", null);
    review.put("currentGoals", Pathway.json("[{\"goalNumber\":1,\"close\":true,\"closedReason\":\"ACHIEVED\"},"
        + "{\"goalNumber\":2,\"close\":true,\"closedReason\":\"NO_LONGER_RELEVANT\"}]"));
    review.put("newGoals", Pathway.json("[{\"topic\":\"DENTAL_HEALTH\",\"goal\":\"See a dentist\",\"steps\":\"Book\","
        + "\"targetDate\":\"" + target + "\"}]"));
    review.put("planRevisionReason", "Stopped smoking; registered with a GP before the review.");
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, review);
    Map<String, Object> exit = Pathway.exitForm("GOALS_MET", 0);
    exit.put("goalOutcomes", Pathway.json("[{\"goalNumber\":3,\"achievement\":\"NOT_ACHIEVED\"}]"));
    pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, exit);
    long id = pathway.referralId(referral);

    ReferralFacts facts = data.referralsReceived(ReportPeriod.of(ServiceClock.today(), ServiceClock.today())).stream()
        .filter(referralFacts -> referralFacts.id == id).findFirst().orElseThrow();

    assertThat(facts.goalsSet).as("goal 1 (achieved at the review) and goal 3").isEqualTo(2);
    assertThat(facts.goalOutcomes).containsExactly(GoalAchievement.ACHIEVED, GoalAchievement.NOT_ACHIEVED);
  }
}
