package org.ohtpathway.privacy;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;

/** A referral with a unique mark in every free-text field, so that any copy of what was entered can be found. */
final class MarkedReferral {

  static final String MARK = "Qzxwv";

  private MarkedReferral() {
  }

  /** Referred and allocated, then withdrawn by the practitioner with the reason in their words. */
  static ProcessInstance withdrawn(Pathway pathway, String reference) {
    return pathway.start(PathwayModel.PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER, Map.of(
        "referralReference", reference, "withdrawalReason", "OTHER",
        "withdrawalDetails", MARK + " moved in with family"));
  }

  /** Referred, asked about and answered at triage, assessed, planned, and one session recorded with an onward referral. */
  static ProcessInstance toSessions(Pathway pathway) {
    Map<String, Object> referralForm = Pathway.referralForm();
    referralForm.put("givenName", MARK + "alex");
    referralForm.put("familyName", MARK + "smith");
    referralForm.put("email", MARK.toLowerCase() + "@example.org");
    referralForm.put("loneWorkingCautions", MARK + " meet only at the office");
    referralForm.put("reason", MARK + " wants to stop smoking");
    referralForm.put("consentNamedServices", MARK + " stop smoking service");
    ProcessInstance referral = pathway.refer(referralForm);
    pathway.submit(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Pathway.triageQuestionForm(MARK + " is the GP still Dr Patel?"));
    pathway.submit(referral, PathwayModel.TASK_ANSWER_TRIAGE_QUESTION, DemoUsers.PRACTITIONER,
        Pathway.triageAnswerForm(MARK + " yes, at the Mill Lane surgery"));
    Map<String, Object> triage = Pathway.triageForm(DemoUsers.TRAINER);
    triage.put("triageNote", MARK + " prefers mornings");
    pathway.submit(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, triage);
    pathway.submit(referral, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER,
        Pathway.contactForm("APPOINTMENT_BOOKED"));
    pathway.submit(referral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER,
        Pathway.assessmentForm(false));
    Map<String, Object> plan = Pathway.planForm(1, 1);
    plan.put("goals", Pathway.json("[{\"topic\":\"SMOKING\",\"goal\":\"" + MARK + " stop smoking\",\"steps\":\""
        + MARK + " set a quit date\",\"targetDate\":\"" + ServiceClock.today().plusWeeks(8) + "\"}]"));
    pathway.submit(referral, PathwayModel.TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, plan);
    Map<String, Object> session = Pathway.sessionWithOnwardReferrals("DENTIST");
    session.put("sessionNotes", MARK + " talked through cravings");
    session.put("goalProgress", Pathway.json("[{\"goalNumber\":1,\"progress\":\"SOME_PROGRESS\",\"progressNote\":\""
        + MARK + " cut down\"}]"));
    pathway.submit(referral, PathwayModel.TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, session);
    return referral;
  }

  /**
   * Then reviewed (the plan revised: goal 1 closed for a reason in words, a goal 2 added), followed
   * up, exited with an exit summary the practitioner has read: closed.
   */
  static ProcessInstance toClosed(Pathway pathway) {
    ProcessInstance referral = toSessions(pathway);
    Map<String, Object> review = Pathway.reviewForm("EXIT", null);
    review.put("reviewNote", MARK + " discussed with the person");
    review.put("currentGoals", Pathway.json("[{\"goalNumber\":1,\"close\":true,\"closedReason\":\"OTHER\","
        + "\"closedReasonOther\":\"" + MARK + " quit with the GP\"}]"));
    review.put("newGoals", Pathway.json("[{\"topic\":\"DENTAL_HEALTH\",\"goal\":\"" + MARK + " see a dentist\","
        + "\"steps\":\"" + MARK + " book\",\"targetDate\":\"" + ServiceClock.today().plusWeeks(4) + "\"}]"));
    review.put("planRevisionReason", MARK + " stopped with the GP's help");
    pathway.submit(referral, PathwayModel.TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, review);
    pathway.fire(referral, PathwayModel.CATCH_FOLLOW_UP_DUE);
    pathway.submit(referral, PathwayModel.TASK_FOLLOW_UP_ONWARD_REFERRAL, DemoUsers.TRAINER,
        Pathway.followUpForm("REGISTERED"));
    Map<String, Object> exit = Pathway.exitForm("GOALS_MET", 0);
    exit.put("goalOutcomes", Pathway.json("[{\"goalNumber\":2,\"achievement\":\"ACHIEVED\"}]"));
    exit.put("feedback", MARK + " helpful");
    pathway.submit(referral, PathwayModel.TASK_RECORD_EXIT, DemoUsers.TRAINER, exit);
    Map<String, Object> summary = Pathway.exitSummaryForm();
    summary.put("summaryForPractitioner", MARK + " registered with a GP");
    pathway.submit(referral, PathwayModel.TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, summary);
    pathway.submit(referral, PathwayModel.TASK_READ_EXIT_SUMMARY, DemoUsers.PRACTITIONER, Pathway.acknowledgement());
    return referral;
  }
}
