package org.ohtpathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ohtpathway.process.PathwayModel.TASK_TRIAGE_AND_ALLOCATE;
import static org.ohtpathway.reporting.ReportFixture.MARCH_1;
import static org.ohtpathway.reporting.ReportFixture.MARCH_31;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.reporting.ServiceReport.Activity;
import org.ohtpathway.reporting.ServiceReport.Completeness;
import org.ohtpathway.reporting.ServiceReport.Count;
import org.ohtpathway.reporting.ServiceReport.ExitReasonGroup;
import org.ohtpathway.reporting.ServiceReport.Goals;
import org.ohtpathway.reporting.ServiceReport.Group;
import org.ohtpathway.reporting.ServiceReport.OnwardReferrals;
import org.ohtpathway.reporting.ServiceReport.Registrations;
import org.ohtpathway.reporting.ServiceReport.Smoking;
import org.ohtpathway.reporting.ServiceReport.Step;
import org.ohtpathway.reporting.ServiceReport.Timeliness;
import org.ohtpathway.reporting.ServiceReport.Wellbeing;
import org.springframework.beans.factory.annotation.Autowired;

/** Every figure of the March 2026 report of {@link ReportFixture}, worked out by hand in docs/reports.md. */
@PathwayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceReportTest {

  @Autowired ProcessEngine engine;
  @Autowired ReferralService referrals;
  @Autowired ServiceReports reports;

  ServiceReport march;

  @BeforeAll
  void buildTheReferralsOfMarch() {
    ReportFixture.march(engine, referrals);
    march = reports.report(new ReportPeriod(MARCH_1, MARCH_31));
  }

  @Test
  void theFunnelCountsTheReferralsReceivedInThePeriodAtEachStep() {
    assertThat(march.referralsReceived()).isEqualTo(8);
    assertThat(march.funnel()).containsExactly(
        new Step("received", "Referrals received", 8, 100.0, null),
        new Step("eligible", "Eligible", 7, 87.5, 87.5),
        new Step("allocated", "Allocated to a Health Trainer", 7, 87.5, 100.0),
        new Step("contacted", "Reached at first contact", 5, 62.5, 71.4),
        new Step("assessed", "Assessed", 4, 50.0, 80.0),
        new Step("planned", "Health plan agreed", 4, 50.0, 100.0),
        new Step("attended", "Attended at least one session", 4, 50.0, 100.0),
        new Step("exited", "Exit recorded", 2, 25.0, 50.0));
    assertThat(march.notEligibleReasons()).containsExactly(
        new Count("UNDER_18", "Under 18: the service is for adults", 1));
  }

  @Test
  void timelinessCountsWorkingDaysAgainstEachTarget() {
    assertThat(march.timeliness()).containsExactly(
        new Timeliness("allocation", "Allocated", "eligibility decision", 2, 7, 6L, 85.7, 0.0),
        new Timeliness("first-contact", "First contact attempt", "allocation", 5, 6, 5L, 83.3, 1.0),
        new Timeliness("assessment", "Assessed", "referral received", 10, 4, 3L, 75.0, 2.5),
        new Timeliness("health-plan", "Health plan agreed", "assessment", 5, 4, 3L, 75.0, 1.0),
        new Timeliness("exit-summary", "Exit summary written", "exit", 5, 2, 1L, 50.0, 3.5),
        new Timeliness("referral-to-exit", "Exit", "referral received", null, 2, null, null, 14.0));
  }

  @Test
  void activityCountsSessionsAndOnwardReferrals() {
    assertThat(march.activity()).isEqualTo(new Activity(11, 7, 5, 1, 2, 28.6, 0, List.of(
        new OnwardReferrals("GP_REGISTRATION", "GP registration", 1, 1, 1, 100.0),
        new OnwardReferrals("DENTIST", "Dentist", 1, 1, 0, 0.0),
        new OnwardReferrals("STOP_SMOKING", "Stop smoking", 1, 0, 0, 0.0))));
  }

  @Test
  void outcomesCountEndStatesExitReasonsGoalsWellbeingAndRegistrations() {
    ServiceReport.Outcomes outcomes = march.outcomes();
    assertThat(outcomes.endStates()).containsExactly(
        new Count("COMPLETED", "Completed", 1),
        new Count("ENDED_EARLY", "Ended early", 2),
        new Count("DECLINED", "Declined", 2),
        new Count("WITHDRAWN", "Withdrawn", 2));
    assertThat(outcomes.stillOpen()).isEqualTo(1);
    assertThat(outcomes.exitReasons()).containsExactly(
        new ExitReasonGroup("COMPLETED", "Completed", 1, List.of(new Count("GOALS_MET", "Completed: goals met", 1))),
        new ExitReasonGroup("PERSON", "Person", 1, List.of(new Count("NOT_ENGAGED", "Person: not engaged", 1))),
        new ExitReasonGroup("SENTENCE", "Sentence", 0, List.of()),
        new ExitReasonGroup("PROBLEM", "Problem", 0, List.of()),
        new ExitReasonGroup("OTHER", "Other", 0, List.of()));
    assertThat(outcomes.goals()).isEqualTo(new Goals(2, 3, 1, 1, 1, 50.0));
    assertThat(outcomes.wellbeing()).isEqualTo(new Wellbeing(2, 1, 50.0, 18.0, 28.0, 10.0));
    assertThat(outcomes.gpRegistration()).isEqualTo(new Registrations(2, 1, 50.0));
    assertThat(outcomes.dentistRegistration()).isEqualTo(new Registrations(2, 0, 0.0));
    assertThat(outcomes.smoking()).isEqualTo(new Smoking(1, 1, 100.0));
  }

  @Test
  void equityBreaksTheFunnelAndOutcomesDownByAgeBandAndSex() {
    assertThat(march.equity().byAgeBand()).extracting(Group::group, Group::referralsReceived, ServiceReportTest::counts)
        .containsExactly(
            tuple("under 18", 1L, List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)),
            tuple("18-24", 1L, List.of(1L, 1L, 1L, 1L, 1L, 1L, 1L, 0L)),
            tuple("25-34", 5L, List.of(5L, 5L, 5L, 3L, 3L, 3L, 3L, 2L)),
            tuple("45-54", 1L, List.of(1L, 1L, 1L, 1L, 0L, 0L, 0L, 0L)));
    Group adults = march.equity().byAgeBand().get(2);
    assertThat(adults.endStates()).extracting(Count::count).containsExactly(1L, 2L, 0L, 2L);
    assertThat(adults.goals()).isEqualTo(new Goals(2, 3, 1, 1, 1, 50.0));
    assertThat(adults.wellbeing()).isEqualTo(new Wellbeing(2, 1, 50.0, 18.0, 28.0, 10.0));
    assertThat(march.equity().byAgeBand().get(0).endStates()).extracting(Count::count).containsExactly(0L, 0L, 1L, 0L);

    assertThat(march.equity().bySex()).extracting(Group::group, Group::referralsReceived, ServiceReportTest::counts)
        .containsExactly(
            tuple("FEMALE", 2L, List.of(2L, 1L, 1L, 1L, 0L, 0L, 0L, 0L)),
            tuple("MALE", 6L, List.of(6L, 6L, 6L, 4L, 4L, 4L, 4L, 2L)));
    assertThat(march.equity().bySex().get(0).endStates()).extracting(Count::count).containsExactly(0L, 0L, 2L, 0L);
    assertThat(march.equity().bySex().get(1).endStates()).extracting(Count::count).containsExactly(1L, 2L, 0L, 2L);
  }

  @Test
  void completenessSaysHowManyRecordsHaveEachMeasure() {
    assertThat(march.completeness()).containsExactly(
        new Completeness("age-band", "Age band", 8, 8, 100.0),
        new Completeness("sex", "Sex", 8, 8, 100.0),
        new Completeness("eligibility", "Eligibility decision", 8, 8, 100.0),
        new Completeness("wellbeing-at-assessment", "SWEMWBS at assessment", 3, 4, 75.0),
        new Completeness("wellbeing-at-exit", "SWEMWBS at exit", 1, 2, 50.0),
        new Completeness("wellbeing-paired", "SWEMWBS at both assessment and exit", 1, 2, 50.0),
        new Completeness("confidence-at-exit", "Confidence to change at exit", 1, 2, 50.0),
        new Completeness("gp-at-exit", "GP registration at exit", 2, 2, 100.0),
        new Completeness("dentist-at-exit", "Dentist registration at exit", 2, 2, 100.0),
        new Completeness("smoking-at-exit", "Smoking status at exit", 1, 2, 50.0),
        new Completeness("goal-outcomes", "Every goal rated at exit", 2, 2, 100.0),
        new Completeness("not-collected-reason", "A reason for exit measures not collected", 1, 1, 100.0),
        new Completeness("follow-up", "Follow-up outcome of onward referrals", 2, 3, 66.7),
        new Completeness("exit-summary", "Exit summary written", 2, 2, 100.0));
  }

  @Test
  void thePeriodIncludesBothItsDaysAndNothingElse() {
    ServiceReport oneDay = reports.report(new ReportPeriod(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 11)));
    assertThat(oneDay.referralsReceived()).isEqualTo(1);
    assertThat(reports.report(new ReportPeriod(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 27)))
        .referralsReceived()).isEqualTo(1);
    assertThat(reports.report(new ReportPeriod(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1)))
        .referralsReceived()).isZero();
    assertThat(reports.report(new ReportPeriod(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1))).funnel())
        .allSatisfy(step -> assertThat(step.percentOfReceived()).isNull());
  }

  /**
   * The stages' rows are read by the range of the period's referral ids; a referral recorded in
   * between with a day outside the period (a clock set back, a node's clock behind) is left out.
   */
  @Test
  void aReferralOutsideThePeriodWithAnIdAmongItsReferralsIsLeftOut() {
    Pathway pathway = new Pathway(engine);
    try {
      ReportFixture.on(2032, 6, 1);
      pathway.refer();
      ReportFixture.on(2032, 7, 1);
      ProcessInstance july = pathway.refer();
      pathway.submit(july, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
          Pathway.triageForm(DemoUsers.TRAINER));
      ReportFixture.on(2032, 6, 2);
      pathway.refer();
    } finally {
      ClockUtil.reset();
    }
    ServiceReport june = reports.report(new ReportPeriod(LocalDate.of(2032, 6, 1), LocalDate.of(2032, 6, 30)));
    assertThat(june.referralsReceived()).isEqualTo(2);
    assertThat(june.funnel()).extracting(Step::count).startsWith(2L, 2L, 0L);
    ServiceReport julyReport = reports.report(new ReportPeriod(LocalDate.of(2032, 7, 1), LocalDate.of(2032, 7, 31)));
    assertThat(julyReport.funnel()).extracting(Step::count).startsWith(1L, 1L, 1L);
  }

  private static List<Long> counts(Group group) {
    return group.funnel().stream().map(Step::count).toList();
  }
}
