package org.ohtpathway.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * What staff wait on costs the same however much history there is: opening a triage form (with
 * every trainer's caseload) and the duplicate check of a new referral issue as many SQL
 * statements after one earlier referral as after fifty (ids taken from a sequence left out: a
 * block of them is fetched whenever the last one runs out).
 */
@PathwayTest
@Import(FlatCostTest.CountedStatements.class)
class FlatCostTest {

  static final AtomicLong STATEMENTS = new AtomicLong();
  /** The thread whose statements count: the one doing the work, not the engine's or the pool's own. */
  static volatile Thread measured;

  @Autowired ProcessEngine engine;
  @Autowired FormService forms;
  Pathway pathway;

  @BeforeEach
  void setUp() {
    pathway = new Pathway(engine);
  }

  /** The statements one piece of work prepares. */
  static long statementsOf(Supplier<?> work) {
    long before = STATEMENTS.get();
    measured = Thread.currentThread();
    try {
      work.get();
    } finally {
      measured = null;
    }
    return STATEMENTS.get() - before;
  }

  static void counted() {
    if (Thread.currentThread() == measured) {
      STATEMENTS.incrementAndGet();
    }
  }

  /** A closed referral of this person, allocated to the trainer: history, and no longer open. */
  void closedReferral(String crn) {
    ProcessInstance earlier = pathway.refer(org.ohtpathway.demo.DemoForms.referralForm(crn, "Hist", "Ory"));
    pathway.submit(earlier, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Pathway.triageForm(DemoUsers.SECOND_TRAINER));
    pathway.start(PathwayModel.PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER,
        Map.of("referralReference", earlier.getBusinessKey(), "withdrawalReason", "MOVED_OUT_OF_AREA"));
    pathway.runJobs();
  }

  long openingATriageForm() {
    ProcessInstance waiting = pathway.refer();
    String task = pathway.task(waiting, PathwayModel.TASK_TRIAGE_AND_ALLOCATE).getId();
    return statementsOf(() -> pathway.as(DemoUsers.COORDINATOR, () -> forms.getTaskFormVariables(task)));
  }

  /** Submitting the referral form (its duplicate check and what it records), not the jobs after it. */
  long referring(String crn) {
    Map<String, Object> form = org.ohtpathway.demo.DemoForms.referralForm(crn, "Hist", "Ory");
    long statements = statementsOf(() -> pathway.start(PathwayModel.PROCESS_PATHWAY, DemoUsers.PRACTITIONER, form));
    pathway.runJobs();
    return statements;
  }

  @Test
  void openingATriageFormCostsTheSameAfterOneAndAfterFiftyEarlierReferralsOfATrainer() {
    String crn = Pathway.newCrn();
    closedReferral(crn);
    openingATriageForm();
    long afterOne = openingATriageForm();

    for (int i = 1; i < 50; i++) {
      closedReferral(Pathway.newCrn());
    }
    long afterFifty = openingATriageForm();

    System.out.printf("Opening a triage form: %d statements after 1 earlier referral, %d after 50%n", afterOne,
        afterFifty);
    assertThat(afterOne).as("statements to open a triage form").isPositive();
    assertThat(afterFifty).as("statements after fifty earlier referrals of the trainer").isEqualTo(afterOne);
  }

  @Test
  void theDuplicateCheckCostsTheSameAfterOneAndAfterFiftyEarlierReferralsOfThePerson() {
    String once = Pathway.newCrn();
    closedReferral(once);
    referring(Pathway.newCrn());
    long afterOne = referring(once);

    String often = Pathway.newCrn();
    for (int i = 0; i < 50; i++) {
      closedReferral(often);
    }
    long afterFifty = referring(often);

    System.out.printf("Referring a person (duplicate check): %d statements after 1 earlier referral, %d after 50%n",
        afterOne, afterFifty);
    assertThat(afterOne).as("statements to refer a person referred once before").isPositive();
    // Within one: in the whole suite's shared database one statement has come and gone between
    // runs (not the history: a statement per earlier referral would add 49).
    assertThat(afterFifty).as("statements to refer a person referred fifty times before")
        .isCloseTo(afterOne, org.assertj.core.data.Offset.offset(1L));
  }

  /** Counts every statement the application's data source prepares or creates. */
  @TestConfiguration
  static class CountedStatements {
    @Bean
    static BeanPostProcessor countStatements() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource source && !(bean instanceof Counting) ? new Counting(source) : bean;
        }
      };
    }
  }

  /**
   * A block of ids from a sequence: taken once in so many inserts, whenever the block runs out,
   * so it is not the work's own cost.
   */
  static boolean takesIds(String sql) {
    String statement = sql.toLowerCase(java.util.Locale.ROOT);
    return statement.contains("next value for") || statement.contains("nextval(");
  }

  static final class Counting extends DelegatingDataSource {
    Counting(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws java.sql.SQLException {
      return counted(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws java.sql.SQLException {
      return counted(super.getConnection(username, password));
    }

    private static Connection counted(Connection connection) {
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, arguments) -> {
            switch (method.getName()) {
              case "prepareStatement", "prepareCall" -> {
                if (!takesIds(String.valueOf(arguments[0]))) {
                  FlatCostTest.counted();
                }
              }
              case "createStatement" -> FlatCostTest.counted();
              default -> { }
            }
            try {
              return method.invoke(connection, arguments);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }
}
