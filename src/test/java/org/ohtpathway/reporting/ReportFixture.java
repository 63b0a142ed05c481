package org.ohtpathway.reporting;

import static org.ohtpathway.process.PathwayModel.CATCH_FOLLOW_UP_DUE;
import static org.ohtpathway.process.PathwayModel.PROCESS_WITHDRAW_CONSENT;
import static org.ohtpathway.process.PathwayModel.PROCESS_WITHDRAW_REFERRAL;
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

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.ReferralService;

/**
 * A known set of referrals received in March 2026, taken through the real engine by the demo
 * staff on known days: every end state, steps on time and late (across the Easter bank
 * holidays), missed sessions, an exit with measures not collected, a referral whose details
 * were removed when consent was withdrawn, one still open, and one received before the month.
 * docs/reports.md works the figures of this set out by hand.
 */
final class ReportFixture {

  static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
  static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

  /** Each referral by its name in the tests: R1 to R8 in March, R9 before it. */
  final Map<String, ProcessInstance> referrals = new LinkedHashMap<>();

  private final Pathway pathway;
  private final ReferralService referralService;

  /** Built once per engine: the tests of the reports and of the exports read the same referrals. */
  private static final Map<String, ReportFixture> BUILT = new ConcurrentHashMap<>();

  private ReportFixture(Pathway pathway, ReferralService referralService) {
    this.pathway = pathway;
    this.referralService = referralService;
  }

  static ReportFixture march(ProcessEngine engine, ReferralService referralService) {
    return BUILT.computeIfAbsent(engine.getName(), name -> new ReportFixture(new Pathway(engine), referralService)
        .build());
  }

  private ReportFixture build() {
    try {
      receivedBeforeTheMonth();
      completedOnTime();
      lateAtEveryStepAndEndedEarly();
      notEligible();
      declinedAtFirstContact();
      unableToContact();
      withdrawnByThePractitioner();
      consentWithdrawnDuringSessions();
      stillInSessions();
    } finally {
      ClockUtil.reset();
    }
    return this;
  }

  Long id(String name) {
    return pathway.referralId(referrals.get(name));
  }

  /** R9: received on Friday 27 February, outside the period. */
  private void receivedBeforeTheMonth() {
    on(2026, 2, 27);
    referrals.put("R9", pathway.refer());
  }

  /** R1: every step on time; two sessions, two onward referrals, goals met, wellbeing up. */
  private void completedOnTime() {
    on(2026, 3, 2);
    ProcessInstance r1 = pathway.refer();
    referrals.put("R1", r1);
    pathway.submit(r1, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    on(2026, 3, 3);
    pathway.submit(r1, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("APPOINTMENT_BOOKED"));
    on(2026, 3, 5);
    pathway.submit(r1, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));
    on(2026, 3, 6);
    pathway.submit(r1, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, Pathway.planForm(2, 2));
    on(2026, 3, 9);
    pathway.submit(r1, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
        Pathway.sessionWithOnwardReferrals("GP_REGISTRATION", "DENTIST"));
    on(2026, 3, 10);
    pathway.submit(r1, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED_LATE"));
    pathway.submit(r1, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));
    pathway.submit(r1, TASK_RECORD_EXIT, DemoUsers.TRAINER, Pathway.exitForm("GOALS_MET", 2));
    on(2026, 3, 11);
    pathway.submit(r1, TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, Pathway.exitSummaryForm());
    pathway.submit(r1, TASK_READ_EXIT_SUMMARY, DemoUsers.PRACTITIONER, Pathway.acknowledgement());
    pathway.fire(r1, CATCH_FOLLOW_UP_DUE);
    for (Task followUp : pathway.tasks(r1, TASK_FOLLOW_UP_ONWARD_REFERRAL)) {
      boolean gp = pathway.formVariables(followUp).get("onwardReferral").toString().contains("GP registration");
      pathway.submit(followUp, DemoUsers.TRAINER, Pathway.followUpForm(gp ? "REGISTERED" : "WAITING_LIST"));
    }
  }

  /** R2: late at every timed step; two missed sessions; exit measures not collected. */
  private void lateAtEveryStepAndEndedEarly() {
    on(2026, 3, 2);
    ProcessInstance r2 = pathway.refer();
    referrals.put("R2", r2);
    on(2026, 3, 5);
    pathway.submit(r2, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    on(2026, 3, 16);
    pathway.submit(r2, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("NOT_REACHED"));
    on(2026, 3, 17);
    pathway.submit(r2, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("APPOINTMENT_BOOKED"));
    on(2026, 3, 18);
    pathway.submit(r2, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));
    on(2026, 3, 27);
    pathway.submit(r2, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, Pathway.planForm(2, 1));
    on(2026, 3, 30);
    pathway.submit(r2, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
        Pathway.sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    on(2026, 3, 31);
    pathway.submit(r2, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
        Pathway.sessionForm("DID_NOT_ATTEND_ACCEPTABLE"));
    on(2026, 4, 1);
    Map<String, Object> lastSession = Pathway.sessionForm("ATTENDED");
    lastSession.put("reviewRequested", true);
    pathway.submit(r2, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, lastSession);
    pathway.submit(r2, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));
    Map<String, Object> exit = Pathway.exitForm("NOT_ENGAGED", 0);
    exit.put("goalOutcomes", Pathway.json("[{\"goalNumber\":1,\"achievement\":\"NOT_ACHIEVED\"}]"));
    exit.put("measuresNotCollected", Pathway.json("[\"SWEMWBS\",\"CONFIDENCE\",\"SMOKING_STATUS\"]"));
    exit.put("notCollectedReason", "UNPLANNED_EXIT");
    exit.put("exitGpRegistered", "no");
    for (int i = 1; i <= 7; i++) {
      exit.remove("exitSwemwbs" + i);
    }
    exit.remove("exitConfidence");
    exit.remove("exitSmokingStatus");
    pathway.submit(r2, TASK_RECORD_EXIT, DemoUsers.TRAINER, exit);
    on(2026, 4, 13);
    pathway.submit(r2, TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, Pathway.exitSummaryForm());
    pathway.submit(r2, TASK_READ_EXIT_SUMMARY, DemoUsers.PRACTITIONER, Pathway.acknowledgement());
  }

  /** R3: 17 years old, so not eligible. */
  private void notEligible() {
    on(2026, 3, 3);
    Map<String, Object> form = Pathway.referralForm();
    form.put("dateOfBirth", ServiceClock.today().minusYears(17).toString());
    form.put("sex", "FEMALE");
    referrals.put("R3", pathway.refer(form));
  }

  /** R4: 45, declined when first reached. */
  private void declinedAtFirstContact() {
    on(2026, 3, 4);
    Map<String, Object> form = Pathway.referralForm();
    form.put("dateOfBirth", ServiceClock.today().minusYears(45).toString());
    form.put("sex", "FEMALE");
    ProcessInstance r4 = pathway.refer(form);
    referrals.put("R4", r4);
    pathway.submit(r4, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    on(2026, 3, 6);
    pathway.submit(r4, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("DECLINED"));
  }

  /** R5: not reached in three attempts. */
  private void unableToContact() {
    on(2026, 3, 5);
    ProcessInstance r5 = pathway.refer();
    referrals.put("R5", r5);
    on(2026, 3, 6);
    pathway.submit(r5, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    for (int day : new int[] {9, 10, 11}) {
      on(2026, 3, day);
      pathway.submit(r5, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("NOT_REACHED"));
    }
  }

  /** R6: withdrawn by the practitioner the day after allocation. */
  private void withdrawnByThePractitioner() {
    on(2026, 3, 9);
    ProcessInstance r6 = pathway.refer();
    referrals.put("R6", r6);
    pathway.submit(r6, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    on(2026, 3, 10);
    pathway.start(PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER,
        Map.of("referralReference", reference(r6), "withdrawalReason", "RECALLED_TO_CUSTODY"));
    pathway.runJobs();
  }

  /** R7: consent withdrawn after the first session; its details are removed, its anonymous record stays. */
  private void consentWithdrawnDuringSessions() {
    on(2026, 3, 10);
    ProcessInstance r7 = pathway.refer();
    referrals.put("R7", r7);
    pathway.submit(r7, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    on(2026, 3, 11);
    pathway.submit(r7, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("APPOINTMENT_BOOKED"));
    on(2026, 3, 12);
    pathway.submit(r7, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));
    on(2026, 3, 13);
    pathway.submit(r7, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, Pathway.planForm(3, 1));
    on(2026, 3, 16);
    pathway.submit(r7, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    on(2026, 3, 17);
    pathway.withdrawConsent(DemoUsers.TRAINER, reference(r7));
    pathway.runJobs();
  }

  /** R8: 22, still in sessions, with an onward referral not yet followed up. */
  private void stillInSessions() {
    on(2026, 3, 11);
    Map<String, Object> form = Pathway.referralForm();
    form.put("dateOfBirth", ServiceClock.today().minusYears(22).toString());
    ProcessInstance r8 = pathway.refer(form);
    referrals.put("R8", r8);
    pathway.submit(r8, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    on(2026, 3, 12);
    pathway.submit(r8, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("APPOINTMENT_BOOKED"));
    on(2026, 3, 13);
    pathway.submit(r8, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));
    on(2026, 3, 16);
    pathway.submit(r8, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, Pathway.planForm(4, 1));
    on(2026, 3, 17);
    pathway.submit(r8, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
        Pathway.sessionWithOnwardReferrals("STOP_SMOKING"));
  }

  private String reference(ProcessInstance referral) {
    return referralService.get(pathway.referralId(referral)).getReference();
  }

  /** The service clock at 10:00 on that day. */
  static void on(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, month, day).atTime(10, 0)
        .atZone(ServiceClock.SERVICE_ZONE).toInstant()));
  }
}
