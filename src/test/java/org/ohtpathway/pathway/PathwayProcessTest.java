package org.ohtpathway.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
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
import static org.ohtpathway.process.PathwayModel.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.allocation.TriageService;
import org.ohtpathway.contact.ContactService;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.eligibility.EligibilityService;
import org.ohtpathway.exit.Exit;
import org.ohtpathway.exit.ExitService;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.referral.Acknowledgement;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.review.ReviewService;
import org.ohtpathway.safeguarding.ConcernSource;
import org.ohtpathway.safeguarding.SafeguardingService;
import org.ohtpathway.session.SessionService;
import org.ohtpathway.signposting.SignpostingService;
import org.ohtpathway.withdrawal.WithdrawalReason;
import org.ohtpathway.withdrawal.WithdrawalService;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through the pathway, driven by submitting forms as staff do. */
@PathwayTest
class PathwayProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ReferralService referrals;
  @Autowired CaseProgress outcomes;
  @Autowired EligibilityService eligibility;
  @Autowired TriageService triage;
  @Autowired ContactService contact;
  @Autowired SessionService sessions;
  @Autowired SignpostingService signposting;
  @Autowired ReviewService reviews;
  @Autowired ExitService exits;
  @Autowired WithdrawalService withdrawals;
  @Autowired SafeguardingService safeguarding;

  Pathway pathway;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    pathway = new Pathway(engine);
  }

  @Test
  void eligibleReferralIsTakenThroughEveryStageToACompletedExit() {
    ProcessInstance referral = pathway.refer();
    Long referralId = pathway.referralId(referral);
    assertThat(referral).isWaitingAt(TASK_TRIAGE_AND_ALLOCATE).task().hasCandidateGroup("oht-coordinators");
    assertThat(referral.getBusinessKey()).isEqualTo(referrals.get(referralId).getReference())
        .matches("OHT-\\d{4}-\\d{6}");

    pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, triageForm(DemoUsers.TRAINER));
    assertThat(referral).isWaitingAt(TASK_RECORD_CONTACT_ATTEMPT).task().isAssignedTo(DemoUsers.TRAINER);
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("APPOINTMENT_BOOKED"));
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, assessmentForm(false));
    pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, planForm(2, 2));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED_LATE"));
    assertThat(referral).isWaitingAt(TASK_REVIEW_PROGRESS);
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, reviewForm("EXIT", null));
    pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, exitForm("GOALS_MET", 2));
    pathway.submit(referral, TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, exitSummaryForm());
    assertThat(referral).isWaitingAt(TASK_READ_EXIT_SUMMARY).task().isAssignedTo(DemoUsers.PRACTITIONER);
    pathway.submit(referral, TASK_READ_EXIT_SUMMARY, DemoUsers.PRACTITIONER, acknowledgement());

    assertThat(referral).isEnded().hasPassed(END_PATHWAY_FINISHED, END_COMPLETED);
    assertThat(outcomes.endStateOf(referralId)).contains(EndState.COMPLETED);
    assertThat(referrals.get(referralId).getRecordedBy()).isEqualTo(DemoUsers.PRACTITIONER);
    assertThat(triage.allocationsOf(referralId)).singleElement()
        .satisfies(allocation -> {
          assertThat(allocation.getTrainerId()).isEqualTo(DemoUsers.TRAINER);
          assertThat(allocation.getRecordedBy()).isEqualTo(DemoUsers.COORDINATOR);
        });
    assertThat(sessions.sessionsOf(referralId)).hasSize(2);
    Exit exit = exits.exitOf(referralId).orElseThrow();
    assertThat(exit.getRecordedBy()).isEqualTo(DemoUsers.TRAINER);
    assertThat(exit.getGoalAchievementScore()).isEqualTo(1.5);
    assertThat(exit.getSwemwbs().rawScore()).isEqualTo(28);
    assertThat(referrals.acknowledged(referralId, Acknowledgement.Subject.EXIT_SUMMARY)).isTrue();
  }

  @Test
  void referralThatIsNotEligibleEndsWithTheReasonSentToTheProbationPractitioner() {
    Map<String, Object> form = referralForm();
    form.put("postcode", "M1 1AE");
    ProcessInstance referral = pathway.refer(form);
    Long referralId = pathway.referralId(referral);

    assertThat(referral).isWaitingAt(TASK_READ_WHY_NOT_ELIGIBLE).task().isAssignedTo(DemoUsers.PRACTITIONER);
    Task task = pathway.task(referral, TASK_READ_WHY_NOT_ELIGIBLE);
    assertThat(pathway.formVariables(task)).containsEntry("ineligibilityReasonCode", "OUTSIDE_SERVICE_AREA");
    pathway.submit(task, DemoUsers.PRACTITIONER, acknowledgement());

    assertThat(referral).isEnded().hasPassed(END_NOT_ELIGIBLE, END_DECLINED);
    assertThat(eligibility.decisionFor(referralId).orElseThrow().getReasonCode()).isEqualTo("OUTSIDE_SERVICE_AREA");
    assertThat(outcomes.endStateOf(referralId)).contains(EndState.DECLINED);
    assertThat(referrals.acknowledged(referralId, Acknowledgement.Subject.INELIGIBILITY)).isTrue();
  }

  @Test
  void personWhoDeclinesAtFirstContactEndsAsDeclined() {
    ProcessInstance referral = pathway.referAndAllocate();
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("DECLINED"));

    assertThat(referral).isEnded().hasPassed(END_DECLINED_AT_FIRST_CONTACT, END_DECLINED);
    assertThat(outcomes.endStateOf(pathway.referralId(referral))).contains(EndState.DECLINED);
  }

  @Test
  void personNotReachedAfterThreeAttemptsEndsEarlyAsUnableToContact() {
    ProcessInstance referral = pathway.referAndAllocate();
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("NOT_REACHED"));
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("NOT_REACHED"));
    assertThat(referral).isWaitingAt(TASK_RECORD_CONTACT_ATTEMPT);
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("NOT_REACHED"));

    assertThat(referral).isEnded().hasPassed(END_UNABLE_TO_CONTACT, END_ENDED_EARLY);
    Long referralId = pathway.referralId(referral);
    assertThat(contact.attemptsFor(referralId)).hasSize(3);
    assertThat(outcomes.endStateOf(referralId)).contains(EndState.ENDED_EARLY);
  }

  @Test
  void personReachedOnTheSecondAttemptGoesOnToAssessment() {
    ProcessInstance referral = pathway.referAndAllocate();
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("NOT_REACHED"));
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("APPOINTMENT_BOOKED"));

    assertThat(referral).isWaitingAt(TASK_ASSESS_HEALTH_AND_WELLBEING).task().isAssignedTo(DemoUsers.TRAINER);
  }

  @Test
  void threeUnacceptableAbsencesInARowLeadToADisengagementReviewAndAnEarlyExit() {
    ProcessInstance referral = pathway.referToSessions(6);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    assertThat(referral).isWaitingAt(TASK_RECORD_SUPPORT_SESSION);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    assertThat(referral).isWaitingAt(TASK_REVIEW_DISENGAGEMENT);

    pathway.submit(referral, TASK_REVIEW_DISENGAGEMENT, DemoUsers.TRAINER, reviewForm("EXIT", null));
    Task exitTask = pathway.task(referral, TASK_RECORD_EXIT);
    assertThat(pathway.formVariables(exitTask)).containsEntry("exitReason", "NOT_ENGAGED");
    pathway.submit(exitTask, DemoUsers.TRAINER, exitForm("NOT_ENGAGED", 2));
    pathway.submit(referral, TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, exitSummaryForm());
    pathway.submit(referral, TASK_READ_EXIT_SUMMARY, DemoUsers.PRACTITIONER, acknowledgement());

    assertThat(referral).isEnded().hasPassed(TASK_REVIEW_DISENGAGEMENT, END_ENDED_EARLY);
    assertThat(outcomes.endStateOf(pathway.referralId(referral))).contains(EndState.ENDED_EARLY);
  }

  @Test
  void continuingAfterADisengagementReviewStartsTheCountOfAbsencesAgain() {
    ProcessInstance referral = pathway.referToSessions(6);
    for (int i = 0; i < 3; i++) {
      pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    }
    pathway.submit(referral, TASK_REVIEW_DISENGAGEMENT, DemoUsers.TRAINER, reviewForm("CONTINUE", null));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));

    assertThat(referral).isWaitingAt(TASK_RECORD_SUPPORT_SESSION);
  }

  @Test
  void continuingAtAReviewAddsSessionsBeforeTheNextReview() {
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, reviewForm("CONTINUE", 2));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));
    assertThat(referral).isWaitingAt(TASK_RECORD_SUPPORT_SESSION);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));

    assertThat(referral).isWaitingAt(TASK_REVIEW_PROGRESS);
    assertThat(reviews.sessionsToAttend(pathway.referralId(referral))).isEqualTo(3);
  }

  @Test
  void practitionerWithdrawsTheReferralMidway() {
    ProcessInstance referral = pathway.referToSessions(6);
    Long referralId = pathway.referralId(referral);
    String reference = referrals.get(referralId).getReference();

    ProcessInstance withdrawal = pathway.start(PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER,
        Map.of("referralReference", reference, "withdrawalReason", "RECALLED_TO_CUSTODY"));

    assertThat(withdrawal).isEnded();
    assertThat(referral).isEnded().hasPassed(BOUNDARY_REFERRAL_WITHDRAWN, END_WITHDRAWN)
        .hasNotPassed(END_PATHWAY_FINISHED);
    assertThat(pathway.tasks(referral, TASK_RECORD_SUPPORT_SESSION)).isEmpty();
    assertThat(withdrawals.withdrawalOf(referralId).orElseThrow().getReason())
        .isEqualTo(WithdrawalReason.RECALLED_TO_CUSTODY);
    assertThat(outcomes.endStateOf(referralId)).contains(EndState.WITHDRAWN);
  }

  @Test
  void withdrawnConsentStopsThePathway() {
    ProcessInstance referral = pathway.referAndAllocate();
    Long referralId = pathway.referralId(referral);

    pathway.withdrawConsent(DemoUsers.TRAINER, referrals.get(referralId).getReference());

    assertThat(referral).isEnded().hasPassed(BOUNDARY_CONSENT_WITHDRAWN, END_WITHDRAWN);
    assertThat(withdrawals.consentWithdrawalOf(referralId)).isPresent();
    assertThat(outcomes.endStateOf(referralId)).contains(EndState.WITHDRAWN);
  }

  @Test
  void safeguardingConcernRaisedDuringSessionsGoesToTheLeadsWhileThePathwayCarriesOn() {
    ProcessInstance referral = pathway.referToSessions(6);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));
    Long referralId = pathway.referralId(referral);

    pathway.start(PROCESS_RAISE_SAFEGUARDING_CONCERN, DemoUsers.TRAINER, Map.of(
        "referralReference", referrals.get(referralId).getReference(),
        "atRisk", "THE_PERSON", "immediateDanger", "no",
        "concernDescription", "Signs of self-neglect."));

    Task concern = pathway.task(referral, TASK_ACT_ON_SAFEGUARDING_CONCERN);
    assertThat(concern).hasCandidateGroup("safeguarding-leads");
    assertThat(concern.getPriority()).isEqualTo(100);
    assertThat(referral).isWaitingAt(TASK_RECORD_SUPPORT_SESSION, TASK_ACT_ON_SAFEGUARDING_CONCERN);

    pathway.submit(concern, DemoUsers.SAFEGUARDING_LEAD, Map.of("actionTaken", "REFERRED_TO_ADULT_SOCIAL_CARE",
        "actionDetails", "Referral made to adult social care.", "practitionerInformed", "yes",
        "actionedOn", org.ohtpathway.process.ServiceClock.today().toString()));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));

    assertThat(referral).isWaitingAt(TASK_RECORD_SUPPORT_SESSION).hasPassed(END_SAFEGUARDING_CONCERN_ACTIONED);
    Long concernId = safeguarding.concernsAbout(referralId).get(0).getId();
    assertThat(safeguarding.actionsOn(concernId)).singleElement()
        .satisfies(action -> assertThat(action.getRecordedBy()).isEqualTo(DemoUsers.SAFEGUARDING_LEAD));
  }

  @Test
  void safeguardingConcernFoundAtAssessmentGoesToTheLeads() {
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, assessmentForm(true));

    assertThat(referral).isWaitingAt(TASK_AGREE_HEALTH_PLAN, TASK_ACT_ON_SAFEGUARDING_CONCERN)
        .hasPassed(THROW_SAFEGUARDING_CONCERN_IDENTIFIED);
    Task concern = pathway.task(referral, TASK_ACT_ON_SAFEGUARDING_CONCERN);
    assertThat(pathway.formVariables(concern)).containsEntry("concernDescription", "Mentions a child left alone at home.");
    assertThat(safeguarding.concernsAbout(pathway.referralId(referral))).singleElement()
        .satisfies(c -> assertThat(c.getSource()).isEqualTo(ConcernSource.ASSESSMENT));
  }

  @Test
  void severalSessionsAndSeveralOnwardReferralsEachWithItsOwnFollowUp() {
    ProcessInstance referral = pathway.referToSessions(3);
    Long referralId = pathway.referralId(referral);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
        sessionWithOnwardReferrals("STOP_SMOKING", "GP_REGISTRATION"));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionWithOnwardReferrals("DENTIST"));
    assertThat(pathway.tasks(referral, TASK_FOLLOW_UP_ONWARD_REFERRAL)).isEmpty();
    pathway.fire(referral, CATCH_FOLLOW_UP_DUE);

    List<Task> followUps = pathway.tasks(referral, TASK_FOLLOW_UP_ONWARD_REFERRAL);
    assertThat(followUps).hasSize(3).allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo(DemoUsers.TRAINER));
    assertThat(followUps).extracting(task -> pathway.formVariables(task).get("onwardReferral").toString())
        .anyMatch(text -> text.contains("Stop smoking"))
        .anyMatch(text -> text.contains("GP registration"))
        .anyMatch(text -> text.contains("Dentist"));
    followUps.forEach(task -> pathway.submit(task, DemoUsers.TRAINER, followUpForm("REGISTERED")));

    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));
    assertThat(referral).isWaitingAt(TASK_REVIEW_PROGRESS);
    assertThat(sessions.sessionsOf(referralId)).hasSize(3);
    assertThat(signposting.onwardReferralsOf(referralId)).hasSize(3)
        .allSatisfy(onward -> assertThat(signposting.followUpsOf(onward.getId())).hasSize(1));
  }

  @Test
  void exitWaitsForNoFollowUpButTheReferralClosesOnlyWhenEveryFollowUpIsRecorded() {
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionWithOnwardReferrals("DENTIST"));
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, reviewForm("EXIT", null));
    pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, exitForm("PLANNED_SESSIONS_DONE", 2));
    pathway.submit(referral, TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, exitSummaryForm());
    pathway.submit(referral, TASK_READ_EXIT_SUMMARY, DemoUsers.PRACTITIONER, acknowledgement());

    assertThat(referral).isWaitingAt(CATCH_FOLLOW_UP_DUE);
    pathway.fire(referral, CATCH_FOLLOW_UP_DUE);
    pathway.submit(referral, TASK_FOLLOW_UP_ONWARD_REFERRAL, DemoUsers.TRAINER, followUpForm("WAITING_LIST"));
    assertThat(referral).isEnded().hasPassed(END_COMPLETED);
  }

  @Test
  void aSecondReferralForAPersonWithAnOpenReferralIsRecognisedAsADuplicate() {
    Map<String, Object> form = referralForm();
    pathway.refer(form);

    Map<String, Object> again = referralForm();
    again.put("crn", form.get("crn"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> pathway.refer(again))
        .isInstanceOf(org.ohtpathway.form.FormRejectedException.class)
        .hasMessageContaining("already has an open referral");
  }
}
