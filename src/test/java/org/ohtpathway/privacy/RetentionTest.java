package org.ohtpathway.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Domain records follow the engine's history: a referral closed for the retention period loses its details. */
@PathwayTest
class RetentionTest {

  @Autowired ProcessEngine engine;
  @Autowired ReferralService referrals;
  @Autowired AnonymousRecordRepository anonymousRecords;
  @Autowired RetentionProperties retention;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void backToThePresent() {
    ClockUtil.reset();
  }

  @Test
  void theNightlyJobRemovesTheDetailsOfReferralsClosedForTheRetentionPeriodAndKeepsOpenOnes() {
    // Closed: one completed, one withdrawn; and one still open.
    Pathway pathway = new Pathway(engine);
    RecordScan scan = new RecordScan(jdbc);
    ProcessInstance closed = MarkedReferral.toClosed(pathway);
    assertThat(scan.tablesContaining(MarkedReferral.MARK)).as("the marked details were recorded")
        .contains("GOAL", "PLAN_REVISION", "REVIEW");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(closed.getId()).count())
        .as("the closed referral's pathway has ended").isZero();
    Long closedId = pathway.referralId(closed);
    Long withdrawnId = pathway.referralId(pathway.referAndAllocate());
    MarkedReferral.withdrawn(pathway, referrals.get(withdrawnId).getReference());
    pathway.runJobs();
    Long openId = pathway.referralId(pathway.referAndAllocate());

    ClockUtil.setCurrentTime(Date.from(ServiceClock.now().plus(Duration.ofDays(retention.days() - 1))));
    runTheNightlyJob();
    assertThat(anonymousRecords.existsById(closedId)).as("minimised a day early").isFalse();

    ClockUtil.setCurrentTime(Date.from(ServiceClock.now().plus(Duration.ofDays(2))));
    runTheNightlyJob();

    assertThat(anonymousRecords.findById(closedId)).hasValueSatisfying(record -> {
      assertThat(record.getWhy()).isEqualTo(Minimisation.Why.RETENTION_PERIOD_ENDED.name());
      assertThat(record.getEndState()).isEqualTo("COMPLETED");
      assertThat(record.getStageReached()).isEqualTo("EXIT");
    });
    assertThat(scan.tablesContaining(MarkedReferral.MARK)).as("tables still holding what was entered").isEmpty();
    assertThat(scan.detailBeyondWhatIsKept(closedId)).isEmpty();
    assertThat(anonymousRecords.findById(withdrawnId)).hasValueSatisfying(
        record -> assertThat(record.getEndState()).isEqualTo("WITHDRAWN"));
    assertThat(scan.detailBeyondWhatIsKept(withdrawnId)).isEmpty();
    assertThat(anonymousRecords.existsById(openId)).isFalse();
    assertThat(referrals.summary(openId).personName()).isEqualTo("Alex Example");
  }

  /** The timer of {@code ApplyRetention}, fired as the job executor would fire it. */
  private void runTheNightlyJob() {
    Job timer = engine.getManagementService().createJobQuery()
        .processDefinitionKey(PathwayModel.PROCESS_APPLY_RETENTION).timers().singleResult();
    assertThat(timer).as("the nightly retention timer").isNotNull();
    engine.getManagementService().executeJob(timer.getId());
    new Pathway(engine).runJobs();
  }
}
