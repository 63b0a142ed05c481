package org.ohtpathway.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.process.PathwayModel.PROCESS_WITHDRAW_REFERRAL;
import static org.ohtpathway.process.PathwayModel.TASK_TRIAGE_AND_ALLOCATE;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.security.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each trainer's count of open cases follows the cases: allocation, reallocation and the end of a
 * case move it, two first allocations to a trainer at once both count, and it always equals the
 * count of the trainer's open cases.
 */
@PathwayTest
class TrainerCaseloadsTest {

  @Autowired ProcessEngine engine;
  @Autowired CaseProgress progress;
  @Autowired ReferralService referrals;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  Pathway pathway;

  @BeforeEach
  void setUp() {
    pathway = new Pathway(engine);
  }

  @Test
  void theCountFollowsAllocationReallocationAndTheEndOfTheCase() {
    ProcessInstance referral = pathway.refer();
    Long id = pathway.referralId(referral);
    String first = trainer("caseloadfirst" + id);
    String second = "caseloadsecond" + id;
    assertThat(progress.openCasesOf(List.of(first, second))).isEqualTo(Map.of(first, 0L, second, 0L));

    pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, Pathway.triageForm(first));
    assertThat(progress.openCasesOf(List.of(first, second))).isEqualTo(Map.of(first, 1L, second, 0L));
    countsAgreeWithTheCases(first, second);

    progress.allocated(id, second, null);
    assertThat(progress.openCasesOf(List.of(first, second))).isEqualTo(Map.of(first, 0L, second, 1L));
    progress.allocated(id, second, null);
    assertThat(progress.openCasesOf(List.of(second))).isEqualTo(Map.of(second, 1L));

    pathway.start(PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER, Map.of("referralReference",
        referrals.get(id).getReference(), "withdrawalReason", "RECALLED_TO_CUSTODY"));
    assertThat(progress.get(id).isOpen()).isFalse();
    assertThat(progress.openCasesOf(List.of(first, second))).isEqualTo(Map.of(first, 0L, second, 0L));
    countsAgreeWithTheCases(first, second);

    // A closed case that is allocated again (the form would refuse it) counts for nobody.
    progress.allocated(id, first, null);
    assertThat(progress.openCasesOf(List.of(first))).isEqualTo(Map.of(first, 0L));
  }

  @Test
  void twoFirstAllocationsToATrainerAtOnceBothCount() throws Exception {
    Long one = pathway.referralId(pathway.refer());
    Long other = pathway.referralId(pathway.refer());
    String trainer = "caseloadnew" + one;
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = List.of(
          threads.submit(() -> allocateWhenBothAreReady(together, one, trainer)),
          threads.submit(() -> allocateWhenBothAreReady(together, other, trainer)));
      for (Future<?> allocation : done) {
        allocation.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(progress.openCasesOf(List.of(trainer))).isEqualTo(Map.of(trainer, 2L));
    countsAgreeWithTheCases(trainer);
  }

  /**
   * A transaction that read the case before another reallocated it and committed (a withdrawal
   * running while a coordinator reallocates): its end takes the count from the trainer the case
   * is allocated to now, and does not write the old trainer back.
   */
  @Test
  void aCaseEndedByATransactionThatReadItBeforeItWasReallocatedMovesTheNewTrainersCount() throws Exception {
    Long id = pathway.referralId(pathway.refer());
    String before = "caseloadbefore" + id;
    String after = "caseloadafter" + id;
    progress.allocated(id, before, null);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      new TransactionTemplate(transactions).executeWithoutResult(status -> {
        assertThat(progress.get(id).getTrainerId()).isEqualTo(before);
        progress.reached(id, Milestone.ALLOCATED, ServiceClock.today(), DemoUsers.COORDINATOR);
        try {
          other.submit(() -> progress.allocated(id, after, null)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        progress.ended(id, EndState.WITHDRAWN, ServiceClock.today());
      });
    } finally {
      other.shutdownNow();
    }
    assertThat(jdbc.queryForObject("select trainer_id from referral_progress where referral_id = ?", String.class, id))
        .isEqualTo(after);
    assertThat(progress.openCasesOf(List.of(before, after))).isEqualTo(Map.of(before, 0L, after, 0L));
    assertThat(jdbc.queryForList("select open_cases from trainer_caseload where trainer_id in (?, ?)", Integer.class,
        before, after)).containsOnly(0);
  }

  @Test
  void aRecountGivesWhatTheCasesSay() {
    Long id = pathway.referralId(pathway.refer());
    String trainer = "caseloadrecount" + id;
    progress.allocated(id, trainer, null);
    jdbc.update("update trainer_caseload set open_cases = 40 where trainer_id = ?", trainer);
    assertThat(progress.openCasesOf(List.of(trainer))).isEqualTo(Map.of(trainer, 40L));

    progress.recountCaseloads();
    assertThat(progress.openCasesOf(List.of(trainer))).isEqualTo(Map.of(trainer, 1L));
    countsAgreeWithTheCases(trainer);
  }

  /** A member of the Health Trainers group, whom the triage form accepts. */
  private String trainer(String id) {
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(id);
    user.setFirstName("Trainer");
    user.setLastName(id);
    user.setEmail(id + "@oht-pathway.example");
    identity.saveUser(user);
    identity.createMembership(id, Groups.HEALTH_TRAINERS);
    return id;
  }

  private Void allocateWhenBothAreReady(CyclicBarrier together, Long referralId, String trainer) throws Exception {
    together.await(10, TimeUnit.SECONDS);
    progress.allocated(referralId, trainer, null);
    return null;
  }

  private void countsAgreeWithTheCases(String... trainers) {
    for (String trainer : trainers) {
      long open = jdbc.queryForObject("select count(*) from referral_progress where trainer_id = ? and end_state is null",
          Long.class, trainer);
      assertThat(progress.openCasesOf(List.of(trainer))).as(trainer).isEqualTo(Map.of(trainer, open));
    }
  }
}
