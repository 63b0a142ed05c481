package org.ohtpathway.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.ohtpathway.process.DueJobs;
import org.ohtpathway.process.PathwayModel;

/**
 * The engine on its own: a plain Camunda engine with the same history level and id generator,
 * running the same pathway model (the same BPMN file) with every delegate and listener it names
 * resolved to a no-op, and the deadlines to fixed offsets. Tasks are completed with only the
 * variables the gateways read, which in the application the form handlers and delegates set.
 */
final class BareEngine implements PathwayDriver, AutoCloseable {

  private final HikariDataSource pool;
  private final CountingDataSource dataSource;
  private final ProcessEngine engine;
  private final AtomicLong referrals = new AtomicLong();

  BareEngine(String url, String username) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(username);
    config.setPassword("");
    config.setMaximumPoolSize(10);
    config.setAutoCommit(false);
    pool = new HikariDataSource(config);
    dataSource = new CountingDataSource(pool);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare-engine");
    configuration.setDataSource(dataSource);
    configuration.setTransactionsExternallyManaged(false);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("full");
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(true);
    configuration.setBeans(new HashMap<>(Map.of(
        "checkEligibility", NO_OP, "suggestPriority", NO_OP, "decideNextStep", NO_OP,
        "notify", NO_OP, "deriveEndState", NO_OP,
        "deadlines", new FixedDeadlines(),
        "reviewSchedule", new TwelveWeeklyReviews(),
        "signpostingService", new OneOnwardReferral())));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().name("bare pathway")
        .addClasspathResource("processes/" + PathwayModel.PROCESS_PATHWAY + ".bpmn").deploy();
  }

  /** Its data source, which counts the transactions and statements. */
  CountingDataSource counted() {
    return dataSource;
  }

  @Override
  public String start(Map<String, Object> referralForm) {
    long referral = referrals.incrementAndGet();
    Map<String, Object> variables = new HashMap<>();
    variables.put("referralId", referral);
    variables.put("referralReference", "BARE-" + referral);
    variables.put("referrerId", "paula");
    variables.put("eligible", true);
    variables.put("priority", "MEDIUM");
    variables.put("taskPriority", 50);
    return engine.getRuntimeService().startProcessInstanceByKey(PathwayModel.PROCESS_PATHWAY,
        "BARE-" + referral, variables).getId();
  }

  @Override
  public void complete(String processInstanceId, String taskKey, String user, Map<String, Object> form,
      Map<String, Object> gatewayVariables) {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).list();
    if (open.size() != 1) {
      throw new IllegalStateException(open.size() + " open tasks " + taskKey + " in " + processInstanceId);
    }
    engine.getTaskService().complete(open.get(0).getId(), gatewayVariables);
  }

  @Override
  public void runDueJobs() {
    DueJobs.run(engine.getManagementService(), 20);
  }

  @Override
  public boolean ended(String processInstanceId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .finished().count() == 1;
  }

  @Override
  public void close() {
    engine.close();
    pool.close();
  }

  private static final NoOp NO_OP = new NoOp();

  /** Stands in for every delegate and listener of the model. */
  static final class NoOp implements JavaDelegate, ExecutionListener {
    @Override
    public void execute(DelegateExecution execution) {
    }

    @Override
    public void notify(DelegateExecution execution) {
    }
  }

  /** Deadlines a fixed number of days from now, without the working-day calendar. */
  public static final class FixedDeadlines {
    public Date due(VariableScope scope, String step) {
      return daysFromNow(7);
    }

    public Date reminder(VariableScope scope, String step) {
      return daysFromNow(8);
    }

    public Date escalation(VariableScope scope, String step) {
      return daysFromNow(10);
    }

    public Date opens(VariableScope scope, String step) {
      return daysFromNow(14);
    }

    public boolean firstAttemptMade(VariableScope scope) {
      return false;
    }

    private static Date daysFromNow(int days) {
      return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)));
    }
  }

  /** A review twelve weeks from now, and every twelve weeks after. */
  public static final class TwelveWeeklyReviews {
    public String cycle(VariableScope scope) {
      return "R/" + ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(84)).toString() + "/P84D";
    }

    public boolean stillOpen(VariableScope scope) {
      return false;
    }
  }

  /** Each session with onward referrals made one. */
  public static final class OneOnwardReferral {
    public List<Long> onwardReferralsMadeAt(Long sessionId) {
      return List.of(sessionId);
    }
  }
}
