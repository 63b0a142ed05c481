package org.ohtpathway.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.annotation.Autowired;

/** Domain records follow the engine's history: a referral closed for the retention period loses its details. */
@PathwayTest
class RetentionTest {

  @Autowired ProcessEngine engine;
  @Autowired ReferralService referrals;
  @Autowired AnonymousRecordRepository anonymousRecords;
  @Autowired RetentionProperties retention;

  @AfterEach
  void backToThePresent() {
    ClockUtil.reset();
  }

  @Test
  void theNightlyJobRemovesTheDetailsOfReferralsClosedForTheRetentionPeriodAndKeepsOpenOnes() {
    Pathway pathway = new Pathway(engine);
    ProcessInstance closed = pathway.referAndAllocate();
    Long closedId = pathway.referralId(closed);
    pathway.start(PathwayModel.PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER, Map.of(
        "referralReference", referrals.get(closedId).getReference(), "withdrawalReason", "MOVED_OUT_OF_AREA"));
    pathway.runJobs();
    Long openId = pathway.referralId(pathway.referAndAllocate());

    ClockUtil.setCurrentTime(Date.from(ServiceClock.now().plus(Duration.ofDays(retention.days() - 1))));
    runTheNightlyJob();
    assertThat(anonymousRecords.existsById(closedId)).as("minimised a day early").isFalse();

    ClockUtil.setCurrentTime(Date.from(ServiceClock.now().plus(Duration.ofDays(2))));
    runTheNightlyJob();

    assertThat(anonymousRecords.findById(closedId)).hasValueSatisfying(record -> {
      assertThat(record.getWhy()).isEqualTo(Minimisation.Why.RETENTION_PERIOD_ENDED.name());
      assertThat(record.getEndState()).isEqualTo("WITHDRAWN");
    });
    assertThat(referrals.summary(closedId).personName()).isEqualTo("(details removed)");
    assertThat(anonymousRecords.existsById(openId)).isFalse();
    assertThat(referrals.summary(openId).personName()).isEqualTo("Alex Example");
  }

  /** The timer of {@code ApplyRetention}, fired as the job executor would fire it. */
  private void runTheNightlyJob() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(PathwayModel.PROCESS_APPLY_RETENTION).timers()
        .singleResult();
    assertThat(timer).as("the nightly retention timer").isNotNull();
    engine.getManagementService().executeJob(timer.getId());
    new Pathway(engine).runJobs();
  }
}
