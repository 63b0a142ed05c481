package org.ohtpathway.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's own tables that staff's queries need and Camunda does not create: the
 * coordinators' "Overdue" caseload reads the tasks in the order of their due date (and id, so
 * that it can read them a page at a time), Tasklist's "Overdue" filter those due before now, and
 * "Unallocated referrals" by the task's definition key. Completing any task looks for its
 * subtasks by their parent's id, which without an index reads every open task. The capacity
 * simulator's engine has them too (as a plugin of its own). They cannot be a Flyway migration:
 * on a new database the migrations run before the engine makes its tables. They are made once
 * the engine is built (its tables then exist, made by the engine or by Camunda's scripts), if
 * missing; on a database that has them this costs one look at the catalogue.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  /** An index: its name, table and columns. */
  record Index(String name, String table, String columns) {
  }

  static final List<Index> INDEXES = List.of(
      new Index("OHT_IDX_TASK_DUE", "ACT_RU_TASK", "DUE_DATE_, ID_"),
      new Index("OHT_IDX_TASK_DEF_KEY", "ACT_RU_TASK", "TASK_DEF_KEY_"),
      new Index("OHT_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"));

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    try (Connection connection = dataSource.getConnection()) {
      for (Index index : INDEXES) {
        if (!exists(connection, index)) {
          create(connection, index);
        }
      }
    } catch (SQLException e) {
      // An index only makes staff's lists faster: the application starts without it, and says so.
      log.warn("The indexes on the engine's tables could not be made ({}): staff's Overdue and Unallocated lists"
          + " and completing tasks will be slower. The database owner can make them: {}", e.getMessage(), statements());
    }
  }

  /** The statements that make the indexes, for an operator to run. */
  static String statements() {
    return String.join("; ", INDEXES.stream().map(EngineIndexes::statement).toList());
  }

  private static String statement(Index index) {
    return "create index " + index.name() + " on " + index.table() + " (" + index.columns() + ")";
  }

  private static void create(Connection connection, Index index) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try (Statement sql = connection.createStatement()) {
      sql.execute(statement(index));
      log.info("Made the index {} on {} ({})", index.name(), index.table(), index.columns());
    } catch (SQLException e) {
      // Another node starting at the same moment may have made it first.
      try {
        if (exists(connection, index)) {
          return;
        }
      } catch (SQLException lookedFor) {
        e.addSuppressed(lookedFor);
      }
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Whether the table has an index of this name, in whichever case the database keeps names. */
  static boolean exists(Connection connection, Index index) throws SQLException {
    boolean lowerCase = connection.getMetaData().storesLowerCaseIdentifiers();
    String table = lowerCase ? index.table().toLowerCase(Locale.ROOT) : index.table();
    // The engine's own schema only: a copy of its tables in another schema has indexes of its own.
    String schema = connection.getSchema();
    try (ResultSet indexes = connection.getMetaData().getIndexInfo(connection.getCatalog(), schema, table, false, true)) {
      while (indexes.next()) {
        if (index.name().equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }
}
