package org.ohtpathway.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One node at a time starts against a shared PostgreSQL database. Everything a node does at
 * start-up (the migrations, the engine's tables, the deployment, the administrator, the roles'
 * groups and grants, the Tasklist filters, the demo users) checks what is already there and adds
 * what is missing; two nodes doing it at once could both add the same thing. So the node takes a
 * PostgreSQL advisory lock as soon as its connection pool exists, before anything else can use
 * the database, and lets go of it when it is ready, after every start-up step. A node that stops
 * while starting lets go of the lock with its connection. H2 serves only one node, and needs no
 * lock.
 */
@Component
class StartupLock implements BeanPostProcessor, SmartApplicationListener, EnvironmentAware,
    DisposableBean {

  /** The advisory lock's key: "OHTSTART" in ASCII. */
  static final long KEY = 0x4F48545354415254L;

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private Duration timeout = Duration.ofMinutes(5);
  private Connection holder;
  private boolean taken;

  @Override
  public void setEnvironment(Environment environment) {
    timeout = environment.getProperty("oht.cluster.startup-lock-timeout", Duration.class, timeout);
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource) {
      take(dataSource);
    }
    return bean;
  }

  private synchronized void take(DataSource dataSource) {
    if (taken) {
      return;
    }
    taken = true;
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      if (!tryLock(connection)) {
        LOG.info("Another node is starting against this database; waiting up to {} for it", timeout);
        try (Statement sql = connection.createStatement()) {
          sql.execute("set lock_timeout = " + timeout.toMillis());
          sql.execute("select pg_advisory_lock(" + KEY + ")");
          sql.execute("set lock_timeout = 0");
        }
      }
      holder = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the start-up lock in the database (another node"
          + " may have been starting for longer than oht.cluster.startup-lock-timeout, " + timeout
          + "): " + e.getMessage(), e);
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      sql.setLong(1, KEY);
      try (ResultSet result = sql.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  @Override
  public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
    return ApplicationReadyEvent.class.isAssignableFrom(eventType);
  }

  /** Ready: every start-up step (all run before this, on the same event) is done. */
  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    release();
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void destroy() {
    release();
  }

  private synchronized void release() {
    if (holder == null) {
      return;
    }
    try (Connection connection = holder; Statement sql = connection.createStatement()) {
      sql.execute("select pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      LOG.warn("Could not release the start-up lock; it goes with the connection: {}", e.getMessage());
    }
    holder = null;
  }
}
