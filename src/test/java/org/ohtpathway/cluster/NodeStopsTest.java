package org.ohtpathway.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.TestDatabase;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;

/**
 * A node stops in the middle of its work, holding locks on jobs it will never run. Once the
 * locks expire the other node runs every one of those jobs, each once.
 */
class NodeStopsTest {

  private static final int REFERRALS = 20;

  private GreenMail mail;
  private Node stopped;
  private Node survivor;

  @AfterEach
  void stop() {
    if (stopped != null) {
      stopped.close();
    }
    if (survivor != null) {
      survivor.close();
    }
    if (mail != null) {
      mail.stop();
    }
  }

  @Test
  void whenANodeStopsHoldingLockedJobsTheOtherNodeRunsEachOfThemOnceTheLocksExpire() {
    mail = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    int smtp = mail.getSmtp().getPort();
    String url = TestDatabase.freshDatabase("oht_test_node_stops");
    StallingJobExecutor.HELD.clear();

    stopped = Node.start("node-stopped", url, smtp, Map.of(
        "camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(StallingJobExecutor.LOCK_TIME_MILLIS),
        "camunda.bpm.job-execution.max-jobs-per-acquisition", "100"), StallingJobExecutor.class);
    List<ProcessInstance> referrals = new ArrayList<>();
    for (int i = 0; i < REFERRALS; i++) {
      referrals.add(stopped.pathway.start(PathwayModel.PROCESS_PATHWAY, DemoUsers.PRACTITIONER, Pathway.referralForm()));
    }
    // The node has taken every eligibility check, and run none of them.
    await().atMost(Duration.ofMinutes(1)).until(() -> lockedBy(StallingJobExecutor.LOCK_OWNER) == REFERRALS);
    Timestamp lockExpiry = stopped.jdbc.queryForObject("select min(lock_exp_time_) from act_ru_job where lock_owner_ = ?",
        Timestamp.class, StallingJobExecutor.LOCK_OWNER);
    List<String> held = stopped.jdbc.queryForList("select id_ from act_ru_job where lock_owner_ = ?", String.class,
        StallingJobExecutor.LOCK_OWNER);
    assertThat(held).containsExactlyInAnyOrderElementsOf(StallingJobExecutor.HELD);
    stopped.close();
    stopped = null;

    survivor = Node.start("node-survivor", url, smtp, Map.of());
    survivor.awaitNoDueJobs();

    // Every referral went on to triage; each check ran once, on the surviving node, after the locks expired.
    for (ProcessInstance referral : referrals) {
      assertThat(survivor.pathway.tasks(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE)).as(referral.getBusinessKey())
          .hasSize(1);
    }
    assertThat(survivor.jdbc.queryForObject("select count(*) from eligibility_decision", Long.class)).isEqualTo(REFERRALS);
    List<Map<String, Object>> runs = survivor.jdbc.queryForList("select job_id_, hostname_, timestamp_ from act_hi_job_log"
        + " where job_state_ = 2 and job_id_ in (" + String.join(",", held.stream().map(id -> "'" + id + "'").toList()) + ")");
    assertThat(runs).as("runs of the jobs the stopped node held").hasSize(REFERRALS);
    assertThat(runs).allSatisfy(run -> {
      assertThat(run.get("hostname_")).isEqualTo("node-survivor");
      assertThat((Timestamp) run.get("timestamp_")).isAfterOrEqualTo(lockExpiry);
    });
    assertThat(survivor.engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
    // And the emails those checks led to went out once each.
    long notifications = survivor.jdbc.queryForObject("select count(*) from notification", Long.class);
    assertThat(notifications).isGreaterThanOrEqualTo(REFERRALS);
    assertThat(mail.getReceivedMessages()).hasSize((int) notifications);
  }

  private long lockedBy(String owner) {
    return stopped.jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ = ?", Long.class, owner);
  }
}
