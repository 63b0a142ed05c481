package org.ohtpathway.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.ohtpathway.Pathway;
import org.ohtpathway.TestDatabase;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.security.Groups;

/**
 * Two application nodes sharing one PostgreSQL database, as behind a load balancer: they start
 * at the same moment on an empty database, then share 200 referrals and every job those make.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

  private static final int REFERRALS = 200;

  private GreenMail mail;
  private Node a;
  private Node b;

  @BeforeAll
  void startBothNodesAtOnce() throws Exception {
    mail = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    int smtp = mail.getSmtp().getPort();
    String url = TestDatabase.freshDatabase("oht_test_two_nodes");
    ExecutorService starting = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<Node> nodeA = CompletableFuture.supplyAsync(() -> Node.start("node-a", url, smtp, Map.of()), starting);
      CompletableFuture<Node> nodeB = CompletableFuture.supplyAsync(() -> Node.start("node-b", url, smtp, Map.of()), starting);
      a = nodeA.get();
      b = nodeB.get();
    } finally {
      starting.shutdown();
    }
  }

  @AfterAll
  void stop() {
    ClockUtil.reset();
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
    mail.stop();
  }

  @Test
  @Order(1)
  void twoNodesStartingAtOnceOnAnEmptyDatabaseDeployOnceAndSeedOnce() {
    ProcessEngine engine = a.engine;
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("deployments").isEqualTo(1);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PathwayModel.PROCESS_PATHWAY)
        .count()).as("versions of the pathway").isEqualTo(1);
    assertThat(engine.getIdentityService().createUserQuery().count()).as("users").isEqualTo(8);
    assertThat(engine.getIdentityService().createGroupQuery().count()).as("groups").isEqualTo(Groups.ALL.size());
    assertThat(a.jdbc.queryForObject("select count(*) from act_id_membership", Long.class)).as("memberships")
        .isEqualTo(8);
    assertThat(a.jdbc.queryForList("select name_ from act_ru_filter group by name_ having count(*) > 1", String.class))
        .as("filters created twice").isEmpty();
    assertThat(engine.getFilterService().createFilterQuery().count()).as("filters").isEqualTo(7);
    assertThat(a.jdbc.queryForList("select coalesce(group_id_, user_id_) || ' ' || resource_type_ || ' ' || resource_id_"
        + " from act_ru_authorization group by group_id_, user_id_, resource_type_, resource_id_ having count(*) > 1",
        String.class)).as("grants made twice").isEmpty();
    assertThat(a.jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class))
        .as("migrations applied, each once").isEqualTo(migrations());
    assertThat(b.engine.getIdentityService().createUserQuery().count()).as("users seen by node b").isEqualTo(8);
  }

  @Test
  @Order(2)
  void twoHundredReferralsAcrossBothNodesAreEachHandledOnceWithEveryJobRunOnce() throws Exception {
    // Half the referrals are made on each node, four at a time.
    long started = System.nanoTime();
    List<ProcessInstance> referrals = new ArrayList<>();
    ExecutorService practitioners = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<ProcessInstance>> made = new ArrayList<>();
      for (int i = 0; i < REFERRALS; i++) {
        Node node = i % 2 == 0 ? a : b;
        made.add(CompletableFuture.supplyAsync(() -> node.pathway.start(PathwayModel.PROCESS_PATHWAY,
            DemoUsers.PRACTITIONER, Pathway.referralForm()), practitioners));
      }
      for (CompletableFuture<ProcessInstance> referral : made) {
        referrals.add(referral.get());
      }
    } finally {
      practitioners.shutdown();
    }
    a.awaitNoDueJobs();
    double received = (System.nanoTime() - started) / 1e9;

    // Every referral reached triage, checked for eligibility once.
    for (ProcessInstance referral : referrals) {
      assertThat(b.pathway.tasks(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE)).as(referral.getBusinessKey()).hasSize(1);
    }
    assertThat(a.jdbc.queryForList("select referral_id from eligibility_decision group by referral_id having count(*) > 1",
        Long.class)).as("referrals checked twice").isEmpty();
    assertThat(a.jdbc.queryForObject("select count(*) from eligibility_decision", Long.class)).isEqualTo(REFERRALS);

    // The coordinator allocates half of them, alternately on each node; the other node sees each done.
    List<ProcessInstance> allocated = referrals.subList(0, REFERRALS / 2);
    for (int i = 0; i < allocated.size(); i++) {
      Node here = i % 2 == 0 ? a : b;
      Node there = i % 2 == 0 ? b : a;
      Task triage = here.pathway.task(allocated.get(i), PathwayModel.TASK_TRIAGE_AND_ALLOCATE);
      here.pathway.submitOnly(triage, DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
      assertThat(there.engine.getTaskService().createTaskQuery().taskId(triage.getId()).count())
          .as("the triage task on the other node").isZero();
      assertThat(there.engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(triage.getId())
          .singleResult().getEndTime()).as("the other node's history of the task").isNotNull();
      assertThat(there.pathway.tasks(allocated.get(i), PathwayModel.TASK_RECORD_CONTACT_ATTEMPT)).hasSize(1);
    }
    a.awaitNoDueJobs();

    // Two weeks pass: the reminders and escalations of both steps fall due at once.
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(14))));
    long timersDue = System.nanoTime();
    a.awaitNoDueJobs();
    double timers = (System.nanoTime() - timersDue) / 1e9;

    // No referral lost: each waits at its step, none has an incident or a failed job.
    for (ProcessInstance referral : referrals) {
      String step = allocated.contains(referral) ? PathwayModel.TASK_RECORD_CONTACT_ATTEMPT
          : PathwayModel.TASK_TRIAGE_AND_ALLOCATE;
      assertThat(a.pathway.tasks(referral, step)).as(referral.getBusinessKey()).hasSize(1);
    }
    assertThat(a.engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
    assertThat(a.engine.getManagementService().createJobQuery().withException().count()).as("failed jobs").isZero();

    // Every job ran once, and both nodes ran jobs.
    MimeMessage[] emails = mail.getReceivedMessages();
    assertThat(a.jdbc.queryForList("select job_id_ from act_hi_job_log where job_state_ = 2"
        + " group by job_id_ having count(*) > 1", String.class)).as("jobs that succeeded twice").isEmpty();
    Map<String, Long> jobsByNode = a.jdbc.queryForList("select hostname_, count(*) as jobs from act_hi_job_log"
        + " where job_state_ = 2 group by hostname_").stream()
        .collect(Collectors.toMap(row -> (String) row.get("hostname_"), row -> ((Number) row.get("jobs")).longValue()));
    System.out.printf(Locale.ROOT, "%d referrals received and checked on two nodes in %.1f s; the timers of two weeks"
        + " run in %.1f s; jobs run by each node: %s; emails: %d; database size: %,d kB%n", REFERRALS, received, timers,
        jobsByNode, emails.length, a.jdbc.queryForObject("select pg_database_size(current_database())", Long.class) / 1024);
    assertThat(jobsByNode.keySet()).as("nodes that ran jobs").containsExactlyInAnyOrder("node-a", "node-b");
    assertThat(jobsByNode.values()).allSatisfy(jobs -> assertThat(jobs).isGreaterThan(50));

    // Every email once: one per notification, each delivered once, none twice by the server.
    long coordinators = members(Groups.COORDINATORS);
    long managers = members(Groups.MANAGERS);
    for (ProcessInstance referral : referrals) {
      Map<String, Long> expected = allocated.contains(referral)
          ? Map.of("referral-received", coordinators, "allocated", 1L, "first-contact-reminder", 1L,
              "first-contact-escalation", coordinators)
          : Map.of("referral-received", coordinators, "allocation-reminder", coordinators,
              "allocation-escalation", managers);
      assertThat(notifications(referral)).as(referral.getBusinessKey()).isEqualTo(expected);
    }
    long notifications = a.jdbc.queryForObject("select count(*) from notification", Long.class);
    assertThat(a.jdbc.queryForObject("select count(*) from notification_delivery", Long.class)).isEqualTo(notifications);
    List<String> messageIds = new ArrayList<>();
    for (MimeMessage message : emails) {
      messageIds.add(message.getMessageID());
    }
    assertThat(messageIds).as("emails received").hasSize((int) notifications).doesNotHaveDuplicates();
  }

  private Map<String, Long> notifications(ProcessInstance referral) {
    return a.jdbc.queryForList("select event, count(*) as sent from notification where pathway_instance_id = ?"
        + " group by event", referral.getId()).stream()
        .collect(Collectors.toMap(row -> (String) row.get("event"), row -> ((Number) row.get("sent")).longValue()));
  }

  private long members(String group) {
    return a.engine.getIdentityService().createUserQuery().memberOfGroup(group).count();
  }

  /** The migrations the application ships (db/migration: its SQL files and its Java migrations). */
  private static long migrations() {
    try {
      return java.util.Arrays.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
          .getResources("classpath*:db/migration/V*__*.{sql,class}"))
          .filter(migration -> !String.valueOf(migration.getFilename()).contains("$")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
