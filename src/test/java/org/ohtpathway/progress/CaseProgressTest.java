package org.ohtpathway.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.Pathway.acknowledgement;
import static org.ohtpathway.Pathway.contactForm;
import static org.ohtpathway.Pathway.exitForm;
import static org.ohtpathway.Pathway.exitSummaryForm;
import static org.ohtpathway.Pathway.referralForm;
import static org.ohtpathway.Pathway.reviewForm;
import static org.ohtpathway.Pathway.sessionForm;
import static org.ohtpathway.process.PathwayModel.*;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import db.migration.V5__Fill_in_case_progress;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.allocation.Allocation;
import org.ohtpathway.allocation.TriageService;
import org.ohtpathway.assessment.AssessmentService;
import org.ohtpathway.contact.ContactAttempt;
import org.ohtpathway.contact.ContactOutcome;
import org.ohtpathway.contact.ContactService;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.eligibility.EligibilityDecision;
import org.ohtpathway.eligibility.EligibilityService;
import org.ohtpathway.exit.ExitService;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.Acknowledgement;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.review.Review;
import org.ohtpathway.review.ReviewService;
import org.ohtpathway.session.SessionService;
import org.ohtpathway.session.SupportSession;
import org.ohtpathway.withdrawal.WithdrawalService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read model of a referral's progress agrees with the stage records, milestone by
 * milestone, on every path of the pathway; and filling it in from the records (the V5
 * migration, for referrals made before it existed) gives what the stages reported as they went.
 */
@PathwayTest
class CaseProgressTest {

  @Autowired ProcessEngine engine;
  @Autowired CaseProgress progress;
  @Autowired ReferralService referrals;
  @Autowired EligibilityService eligibility;
  @Autowired TriageService triage;
  @Autowired ContactService contact;
  @Autowired AssessmentService assessments;
  @Autowired PlanService plans;
  @Autowired SessionService sessions;
  @Autowired ReviewService reviews;
  @Autowired ExitService exits;
  @Autowired WithdrawalService withdrawals;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  Pathway pathway;

  @BeforeEach
  void setUp() {
    pathway = new Pathway(engine);
  }

  @Test
  void aCompletedReferralReachedEveryMilestoneOnTheDaysItsRecordsSay() {
    ProcessInstance referral = pathway.referToSessions(2);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED_LATE"));
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, reviewForm("EXIT", null));
    pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, exitForm("GOALS_MET", 2));
    pathway.submit(referral, TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, exitSummaryForm());
    pathway.submit(referral, TASK_READ_EXIT_SUMMARY, DemoUsers.PRACTITIONER, acknowledgement());

    Long id = pathway.referralId(referral);
    agreesWithTheRecords(id);
    ReferralProgress now = progress.get(id);
    assertThat(now.getStage()).isEqualTo(Stage.EXIT);
    assertThat(now.getEndState()).isEqualTo(EndState.COMPLETED);
    assertThat(now.getSessionsAttended()).isEqualTo(2);
    assertThat(now.getTrainerId()).isEqualTo(DemoUsers.TRAINER);
    assertThat(now.getPractitionerId()).isEqualTo(DemoUsers.PRACTITIONER);
    assertThat(progress.milestonesOf(id).keySet()).containsExactly(Milestone.REFERRED, Milestone.ELIGIBLE,
        Milestone.ALLOCATED, Milestone.FIRST_CONTACT_ATTEMPTED, Milestone.CONTACTED, Milestone.ASSESSED,
        Milestone.PLAN_AGREED, Milestone.FIRST_SESSION_ATTENDED, Milestone.REVIEWED, Milestone.EXITED,
        Milestone.EXIT_SUMMARY_WRITTEN, Milestone.EXIT_SUMMARY_READ);
    fillingInFromTheRecordsGivesTheSame(id);
  }

  @Test
  void aReferralThatIsNotEligibleIsDeclinedAtEligibility() {
    Map<String, Object> form = referralForm();
    form.put("postcode", "M1 1AE");
    ProcessInstance referral = pathway.refer(form);
    pathway.submit(referral, TASK_READ_WHY_NOT_ELIGIBLE, DemoUsers.PRACTITIONER, acknowledgement());

    Long id = pathway.referralId(referral);
    agreesWithTheRecords(id);
    assertThat(progress.get(id).getStage()).isEqualTo(Stage.ELIGIBILITY);
    assertThat(progress.get(id).getEndState()).isEqualTo(EndState.DECLINED);
    assertThat(progress.milestonesOf(id).keySet()).containsExactly(Milestone.REFERRED, Milestone.NOT_ELIGIBLE,
        Milestone.NOT_ELIGIBLE_READ);
    fillingInFromTheRecordsGivesTheSame(id);
  }

  /** Declining at triage came after V5 filled in the read model: no referral of V5's time was declined there. */
  @Test
  void aReferralDeclinedAtTriageIsDeclinedAtTriageAndAllocation() {
    ProcessInstance referral = pathway.refer();
    pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        org.ohtpathway.Pathway.declineForm("OUTSIDE_REMIT", null));

    Long id = pathway.referralId(referral);
    agreesWithTheRecords(id);
    assertThat(progress.get(id).getStage()).isEqualTo(Stage.ALLOCATION);
    assertThat(progress.get(id).getEndState()).isEqualTo(EndState.DECLINED);
    assertThat(progress.get(id).getEndedOn()).isEqualTo(ServiceClock.today());
    assertThat(progress.milestonesOf(id).keySet()).containsExactly(Milestone.REFERRED, Milestone.ELIGIBLE,
        Milestone.DECLINED_AT_TRIAGE);
  }

  @Test
  void aPersonWhoDeclinesAtFirstContactIsDeclinedThere() {
    ProcessInstance referral = pathway.referAndAllocate();
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("DECLINED"));

    Long id = pathway.referralId(referral);
    agreesWithTheRecords(id);
    assertThat(progress.get(id).getStage()).isEqualTo(Stage.FIRST_CONTACT);
    assertThat(progress.get(id).getEndState()).isEqualTo(EndState.DECLINED);
    assertThat(progress.milestonesOf(id)).containsKey(Milestone.DECLINED_AT_FIRST_CONTACT)
        .doesNotContainKey(Milestone.CONTACTED);
    fillingInFromTheRecordsGivesTheSame(id);
  }

  @Test
  void firstContactIsTheEarliestAttemptAndThreeMissesEndTheReferralEarly() {
    // Allocated yesterday: an attempt recorded late is dated the day before the others.
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(ServiceClock.now().minus(java.time.Duration.ofDays(1))));
    ProcessInstance referral;
    try {
      referral = pathway.referAndAllocate();
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    Map<String, Object> late = contactForm("NOT_REACHED");
    late.put("attemptedOn", ServiceClock.today().minusDays(1).toString());
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("NOT_REACHED"));
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, late);
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("NOT_REACHED"));

    Long id = pathway.referralId(referral);
    agreesWithTheRecords(id);
    assertThat(progress.reachedOn(id, Milestone.FIRST_CONTACT_ATTEMPTED)).contains(ServiceClock.today().minusDays(1));
    assertThat(progress.get(id).getEndState()).isEqualTo(EndState.ENDED_EARLY);
    assertThat(progress.milestonesOf(id)).containsKey(Milestone.UNABLE_TO_CONTACT);
    fillingInFromTheRecordsGivesTheSame(id);
  }

  @Test
  void anExitForNotEngagingEndsTheReferralEarly() {
    ProcessInstance referral = pathway.referToSessions(6);
    for (int i = 0; i < 3; i++) {
      pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
          sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    }
    pathway.submit(referral, TASK_REVIEW_DISENGAGEMENT, DemoUsers.TRAINER, reviewForm("EXIT", null));
    pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, exitForm("NOT_ENGAGED", 2));

    Long id = pathway.referralId(referral);
    agreesWithTheRecords(id);
    assertThat(progress.get(id).getEndState()).isEqualTo(EndState.ENDED_EARLY);
    assertThat(progress.get(id).getSessionsAttended()).isZero();
    assertThat(progress.milestonesOf(id)).doesNotContainKey(Milestone.FIRST_SESSION_ATTENDED);
    fillingInFromTheRecordsGivesTheSame(id);
  }

  @Test
  void aWithdrawnReferralIsWithdrawnWhereItStood() {
    ProcessInstance referral = pathway.referToAssessment();
    Long id = pathway.referralId(referral);
    pathway.start(PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER, Map.of("referralReference",
        referrals.get(id).getReference(), "withdrawalReason", "RECALLED_TO_CUSTODY"));

    agreesWithTheRecords(id);
    assertThat(progress.get(id).getStage()).isEqualTo(Stage.FIRST_CONTACT);
    assertThat(progress.get(id).getEndState()).isEqualTo(EndState.WITHDRAWN);
    fillingInFromTheRecordsGivesTheSame(id);
  }

  @Test
  void consentWithdrawnAfterSessionsKeepsTheMilestonesAndWithdrawsTheReferral() {
    ProcessInstance referral = pathway.referToSessions(6);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));
    Long id = pathway.referralId(referral);
    pathway.withdrawConsent(DemoUsers.TRAINER, referrals.get(id).getReference());

    ReferralProgress now = progress.get(id);
    assertThat(now.getEndState()).isEqualTo(EndState.WITHDRAWN);
    assertThat(now.getStage()).isEqualTo(Stage.SESSIONS);
    assertThat(progress.milestonesOf(id).keySet()).contains(Milestone.ASSESSED, Milestone.PLAN_AGREED,
        Milestone.FIRST_SESSION_ATTENDED, Milestone.CONSENT_WITHDRAWN);
    assertThat(progress.reachedOn(id, Milestone.CONSENT_WITHDRAWN))
        .contains(withdrawals.consentWithdrawalOf(id).orElseThrow().getWithdrawnOn());
    fillingInFromTheRecordsGivesTheSame(id);
  }

  /** One assertion per milestone: the day the read model holds is the day the stage recorded. */
  private void agreesWithTheRecords(Long id) {
    Map<Milestone, LocalDate> expected = fromTheRecords(id);
    Map<Milestone, ReachedMilestone> reached = progress.milestonesOf(id);
    for (Milestone milestone : Milestone.values()) {
      assertThat(Optional.ofNullable(reached.get(milestone)).map(ReachedMilestone::getReachedOn))
          .as(milestone.label()).isEqualTo(Optional.ofNullable(expected.get(milestone)));
    }
    theCaseRowKeepsTheDaysTheReportCounts(id, reached);
  }

  /** The milestones whose days the case's row keeps for the service report, by column. */
  private static final Map<Milestone, String> DAY_COLUMNS = Map.of(
      Milestone.ELIGIBLE, "eligible_on", Milestone.NOT_ELIGIBLE, "not_eligible_on",
      Milestone.ALLOCATED, "allocated_on", Milestone.FIRST_CONTACT_ATTEMPTED, "first_contact_attempted_on",
      Milestone.CONTACTED, "contacted_on", Milestone.DECLINED_AT_FIRST_CONTACT, "declined_at_first_contact_on",
      Milestone.ASSESSED, "assessed_on", Milestone.PLAN_AGREED, "plan_agreed_on", Milestone.EXITED, "exited_on",
      Milestone.EXIT_SUMMARY_WRITTEN, "exit_summary_written_on");

  /**
   * The days on the case's row are the milestones' days as the stages reported them, and V17
   * makes the same of the milestone rows for a referral made before it.
   */
  private void theCaseRowKeepsTheDaysTheReportCounts(Long id, Map<Milestone, ReachedMilestone> reached) {
    Map<Milestone, Optional<LocalDate>> kept = daysOnTheCaseRow(id);
    DAY_COLUMNS.keySet().forEach(milestone -> assertThat(kept.get(milestone)).as("%s on the case's row", milestone)
        .isEqualTo(Optional.ofNullable(reached.get(milestone)).map(ReachedMilestone::getReachedOn)));

    jdbc.update("update referral_progress set " + String.join(" = null, ", DAY_COLUMNS.values())
        + " = null where referral_id = ?", id);
    String migration;
    try (var in = getClass().getResourceAsStream("/db/migration/V17__milestone_days_on_the_case.sql")) {
      migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    String fill = migration.substring(migration.indexOf("update referral_progress set"), migration.lastIndexOf(';'));
    jdbc.update(fill + " where referral_id = ?", id);
    assertThat(daysOnTheCaseRow(id)).as("the days V17 fills in").isEqualTo(kept);
  }

  private Map<Milestone, Optional<LocalDate>> daysOnTheCaseRow(Long id) {
    Map<Milestone, Optional<LocalDate>> days = new EnumMap<>(Milestone.class);
    DAY_COLUMNS.forEach((milestone, column) -> days.put(milestone, Optional.ofNullable(jdbc.queryForObject(
        "select " + column + " from referral_progress where referral_id = ?", LocalDate.class, id))));
    return days;
  }

  private Map<Milestone, LocalDate> fromTheRecords(Long id) {
    Map<Milestone, LocalDate> on = new EnumMap<>(Milestone.class);
    Referral referral = referrals.get(id);
    on.put(Milestone.REFERRED, day(referral.getRecordedAt()));
    eligibility.decisionFor(id).ifPresent((EligibilityDecision decision) ->
        on.put(decision.isEligible() ? Milestone.ELIGIBLE : Milestone.NOT_ELIGIBLE, day(decision.getRecordedAt())));
    if (referrals.acknowledged(id, Acknowledgement.Subject.INELIGIBILITY)) {
      on.put(Milestone.NOT_ELIGIBLE_READ, ServiceClock.today());
    }
    List<Allocation> allocations = triage.allocationsOf(id);
    if (!allocations.isEmpty()) {
      on.put(Milestone.ALLOCATED, day(allocations.get(0).getRecordedAt()));
    }
    triage.declineOf(id).ifPresent(decline -> on.put(Milestone.DECLINED_AT_TRIAGE, decline.getDeclinedOn()));
    List<ContactAttempt> attempts = contact.attemptsFor(id);
    attempts.stream().map(ContactAttempt::getAttemptedOn).min(LocalDate::compareTo)
        .ifPresent(first -> on.put(Milestone.FIRST_CONTACT_ATTEMPTED, first));
    attempts.stream().filter(a -> a.getOutcome() == ContactOutcome.APPOINTMENT_BOOKED).findFirst()
        .ifPresent(a -> on.put(Milestone.CONTACTED, a.getAttemptedOn()));
    attempts.stream().filter(a -> a.getOutcome() == ContactOutcome.DECLINED).findFirst()
        .ifPresent(a -> on.put(Milestone.DECLINED_AT_FIRST_CONTACT, a.getAttemptedOn()));
    if (contact.conclusion(id) == ContactService.Conclusion.UNABLE_TO_CONTACT) {
      on.put(Milestone.UNABLE_TO_CONTACT, attempts.get(attempts.size() - 1).getAttemptedOn());
    }
    assessments.assessmentOf(id).ifPresent(a -> on.put(Milestone.ASSESSED, a.getAssessedOn()));
    plans.planFor(id).ifPresent(plan -> on.put(Milestone.PLAN_AGREED, plan.getAgreedOn()));
    sessions.sessionsOf(id).stream().filter(SupportSession::isAttended).map(SupportSession::getSessionDate)
        .min(LocalDate::compareTo).ifPresent(first -> on.put(Milestone.FIRST_SESSION_ATTENDED, first));
    reviews.reviewsOf(id).stream().map(Review::getReviewedOn).min(LocalDate::compareTo)
        .ifPresent(first -> on.put(Milestone.REVIEWED, first));
    exits.exitOf(id).ifPresent(exit -> on.put(Milestone.EXITED, exit.getExitedOn()));
    exits.summaryOf(id).ifPresent(summary -> on.put(Milestone.EXIT_SUMMARY_WRITTEN, day(summary.getRecordedAt())));
    if (referrals.acknowledged(id, Acknowledgement.Subject.EXIT_SUMMARY)) {
      on.put(Milestone.EXIT_SUMMARY_READ, ServiceClock.today());
    }
    withdrawals.withdrawalOf(id).ifPresent(w -> on.put(Milestone.WITHDRAWN, day(w.getRecordedAt())));
    withdrawals.consentWithdrawalOf(id).ifPresent(w -> on.put(Milestone.CONSENT_WITHDRAWN, w.getWithdrawnOn()));
    return on;
  }

  /** What V5 makes of the records is what the stages reported: stage, owners, end, every milestone. */
  private void fillingInFromTheRecordsGivesTheSame(Long id) {
    String progressRow = "select reference, process_instance_id, received_on, practitioner_id, trainer_id, priority,"
        + " stage, end_state, ended_on, sessions_attended, on_hold from referral_progress where referral_id = ?";
    String milestoneRows = "select milestone, reached_on from reached_milestone where referral_id = ?"
        + " order by milestone";
    Map<String, Object> reported = jdbc.queryForMap(progressRow, id);
    List<Map<String, Object>> reportedMilestones = jdbc.queryForList(milestoneRows, id);

    jdbc.update("delete from reached_milestone where referral_id = ?", id);
    jdbc.update("delete from referral_progress where referral_id = ?", id);
    try (Connection connection = dataSource.getConnection()) {
      V5__Fill_in_case_progress.fillIn(connection);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }

    assertThat(jdbc.queryForMap(progressRow, id)).isEqualTo(reported);
    assertThat(jdbc.queryForList(milestoneRows, id)).isEqualTo(reportedMilestones);
  }

  private static LocalDate day(java.time.Instant at) {
    return LocalDate.ofInstant(at, ServiceClock.SERVICE_ZONE);
  }
}
