package org.ohtpathway.cluster;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.ohtpathway.OhtPathwayApplication;
import org.ohtpathway.Pathway;
import org.ohtpathway.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One application node of a cluster: the whole application with its job executor on, against a
 * PostgreSQL database that other nodes share. Its engine writes its name as the host name of
 * every job it runs (the job log's HOSTNAME_).
 */
final class Node implements AutoCloseable {

  final String name;
  final ConfigurableApplicationContext context;
  final ProcessEngine engine;
  final Pathway pathway;
  final JdbcTemplate jdbc;

  private Node(String name, ConfigurableApplicationContext context) {
    this.name = name;
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.pathway = new Pathway(engine);
    this.jdbc = context.getBean(JdbcTemplate.class);
  }

  /** Starts a node; extra settings (name=value) and configuration classes may be added. */
  static Node start(String name, String databaseUrl, int smtpPort, Map<String, String> settings,
      Class<?>... configuration) {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.datasource.url=" + databaseUrl,
        "--spring.datasource.username=" + TestDatabase.user(),
        "--spring.datasource.password=",
        "--spring.main.banner-mode=off",
        // A web server of its own, but without the Camunda webapps: they keep JVM-wide state
        // that belongs to the tests' one web context (see HttpTest).
        "--server.port=0",
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        // Camunda's history cleanup job runs in its nightly window (22:00 to 05:00) and
        // reschedules itself under the same id: the nodes' tests count the pathway's jobs, and
        // would count it too, or not, by the time of day they run.
        "--camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--spring.mail.host=localhost",
        "--spring.mail.port=" + smtpPort,
        "--oht.notifications.retry-cycle=R3/PT5S"));
    TestDatabase.SMALL_POOL.forEach((key, value) -> arguments.add("--spring.datasource.hikari." + key + "=" + value));
    settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
    Class<?>[] sources = new Class<?>[configuration.length + 1];
    sources[0] = OhtPathwayApplication.class;
    System.arraycopy(configuration, 0, sources, 1, configuration.length);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(sources)
        .listeners(new LoggingStartsOneAtATime(Ordered.HIGHEST_PRECEDENCE),
            new LoggingStartsOneAtATime(Ordered.LOWEST_PRECEDENCE))
        .run(arguments.toArray(String[]::new));
    return new Node(name, context);
  }

  /**
   * Waits until no job is due, none is being run, and none waits for a retry: the work of every
   * node sharing this node's database is done.
   */
  void awaitNoDueJobs() {
    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(() ->
        engine.getManagementService().createJobQuery().executable().count() == 0
            && engine.getManagementService().createJobQuery().withException().withRetriesLeft().count() == 0
            && jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null", Long.class) == 0);
  }

  @Override
  public void close() {
    context.close();
  }

  /**
   * Nodes share the JVM's one logging system: Spring Boot resets it as each application starts,
   * and two starting at the same moment can reset it under each other ("Unable to find Spring
   * Environment in logger context"). The first of the pair (before Spring Boot's logging
   * listener) waits its turn as a node starts; the last (after it) lets the next node go once
   * logging is set up. The rest of the two starts still runs at the same moment.
   */
  private static final class LoggingStartsOneAtATime implements SmartApplicationListener {

    private static final ReentrantLock TURN = new ReentrantLock();
    private final int order;

    LoggingStartsOneAtATime(int order) {
      this.order = order;
    }

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
      return ApplicationStartingEvent.class.isAssignableFrom(type)
          || ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
          || ApplicationFailedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (event instanceof ApplicationStartingEvent) {
        if (order == Ordered.HIGHEST_PRECEDENCE) {
          TURN.lock();
        }
      } else if (order == Ordered.LOWEST_PRECEDENCE && TURN.isHeldByCurrentThread()) {
        TURN.unlock();
      }
    }

    @Override
    public int getOrder() {
      return order;
    }
  }
}
