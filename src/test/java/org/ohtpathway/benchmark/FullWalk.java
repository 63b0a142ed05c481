package org.ohtpathway.benchmark;

import static org.ohtpathway.Pathway.acknowledgement;
import static org.ohtpathway.Pathway.assessmentForm;
import static org.ohtpathway.Pathway.contactForm;
import static org.ohtpathway.Pathway.exitForm;
import static org.ohtpathway.Pathway.exitSummaryForm;
import static org.ohtpathway.Pathway.followUpForm;
import static org.ohtpathway.Pathway.planForm;
import static org.ohtpathway.Pathway.referralForm;
import static org.ohtpathway.Pathway.reviewForm;
import static org.ohtpathway.Pathway.sessionForm;
import static org.ohtpathway.Pathway.sessionWithOnwardReferrals;
import static org.ohtpathway.Pathway.triageForm;
import static org.ohtpathway.process.PathwayModel.TASK_AGREE_HEALTH_PLAN;
import static org.ohtpathway.process.PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING;
import static org.ohtpathway.process.PathwayModel.TASK_FOLLOW_UP_ONWARD_REFERRAL;
import static org.ohtpathway.process.PathwayModel.TASK_READ_EXIT_SUMMARY;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_CONTACT_ATTEMPT;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_EXIT;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_SUPPORT_SESSION;
import static org.ohtpathway.process.PathwayModel.TASK_REVIEW_PROGRESS;
import static org.ohtpathway.process.PathwayModel.TASK_TRIAGE_AND_ALLOCATE;
import static org.ohtpathway.process.PathwayModel.TASK_WRITE_EXIT_SUMMARY;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ohtpathway.demo.DemoUsers;

/**
 * One referral through the whole pathway to a completed exit, the way it usually goes: allocated,
 * reached at the first attempt, assessed, a plan of six sessions with two goals, six sessions
 * attended (the second with an onward referral, followed up when its timer fires three weeks
 * later), a review that ends the support, the exit, the exit summary and its receipt.
 */
final class FullWalk {

  static final int PLANNED_SESSIONS = 6;
  static final int SESSION_WITH_ONWARD_REFERRAL = 2;
  /** Far enough for the follow-up of an onward referral (ten working days) to open. */
  static final Duration UNTIL_FOLLOW_UP = Duration.ofDays(21);

  private final Latencies starts;
  private final Latencies completions;

  FullWalk(Latencies starts, Latencies completions) {
    this.starts = starts;
    this.completions = completions;
  }

  void walk(PathwayDriver engine) {
    ClockUtil.reset();
    String trainer = DemoUsers.TRAINER;
    String id = starts.time(() -> engine.start(referralForm()));
    engine.runDueJobs();
    complete(engine, id, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, triageForm(trainer),
        Map.of("trainerId", trainer, "triageOutcome", "ALLOCATE"));
    complete(engine, id, TASK_RECORD_CONTACT_ATTEMPT, trainer, contactForm("APPOINTMENT_BOOKED"),
        Map.of("contactOutcome", "APPOINTMENT_BOOKED"));
    complete(engine, id, TASK_ASSESS_HEALTH_AND_WELLBEING, trainer, assessmentForm(false),
        Map.of("safeguardingConcernIdentified", false));
    complete(engine, id, TASK_AGREE_HEALTH_PLAN, trainer, planForm(PLANNED_SESSIONS, 2), Map.of());
    for (int session = 1; session <= PLANNED_SESSIONS; session++) {
      boolean onward = session == SESSION_WITH_ONWARD_REFERRAL;
      complete(engine, id, TASK_RECORD_SUPPORT_SESSION, trainer,
          onward ? sessionWithOnwardReferrals("STOP_SMOKING") : sessionForm("ATTENDED"),
          Map.of("lastSessionId", (long) session, "onwardReferralsMade", onward,
              "tellPractitionerOfAbsences", false,
              "sessionOutcome", session < PLANNED_SESSIONS ? "NEXT_SESSION" : "REVIEW"));
      if (onward) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(UNTIL_FOLLOW_UP)));
        engine.runDueJobs();
        complete(engine, id, TASK_FOLLOW_UP_ONWARD_REFERRAL, trainer, followUpForm("REGISTERED"), Map.of());
      }
    }
    complete(engine, id, TASK_REVIEW_PROGRESS, trainer, reviewForm("EXIT", null), Map.of("reviewDecision", "EXIT"));
    complete(engine, id, TASK_RECORD_EXIT, trainer, exitForm("GOALS_MET", 2), Map.of());
    complete(engine, id, TASK_WRITE_EXIT_SUMMARY, trainer, exitSummaryForm(), Map.of());
    complete(engine, id, TASK_READ_EXIT_SUMMARY, DemoUsers.PRACTITIONER, acknowledgement(),
        Map.of("endState", "COMPLETED"));
    if (!engine.ended(id)) {
      throw new IllegalStateException("The referral " + id + " did not reach the end of the pathway");
    }
    ClockUtil.reset();
  }

  private void complete(PathwayDriver engine, String id, String taskKey, String user, Map<String, Object> form,
      Map<String, Object> gatewayVariables) {
    completions.time(() -> {
      engine.complete(id, taskKey, user, form, gatewayVariables);
      return null;
    });
    engine.runDueJobs();
  }
}
