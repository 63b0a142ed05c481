package org.ohtpathway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.ohtpathway.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The indexes staff's queries need on the engine's tables are there, and made again if lost. */
@PathwayTest
class EngineIndexesTest {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired EngineIndexes indexes;

  @Test
  void theEnginesTablesHaveTheIndexesStaffsQueriesNeed() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      for (EngineIndexes.Index index : EngineIndexes.INDEXES) {
        assertThat(EngineIndexes.exists(connection, index)).as(index.name()).isTrue();
      }
    }
  }

  /** The statement the engine runs on every task's completion (its subtasks) reads one entry, not every open task. */
  @Test
  void completingATaskLooksForItsSubtasksByTheIndex() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        // A table of a few rows is read whole whatever its indexes; asked not to, PostgreSQL shows the index it has.
        sql.execute("set enable_seqscan = off");
      }
      try (ResultSet plan = sql.executeQuery("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'a-task'")) {
        plan.next();
        assertThat(plan.getString(1)).containsIgnoringCase("OHT_IDX_TASK_PARENT");
      } finally {
        if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
          sql.execute("reset enable_seqscan");
        }
      }
    }
  }

  @Test
  void aMissingIndexIsMadeAgainAtStartAndOneThatIsThereIsLeftAlone() throws SQLException {
    EngineIndexes.Index due = EngineIndexes.INDEXES.get(0);
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("drop index " + due.name());
      assertThat(EngineIndexes.exists(connection, due)).isFalse();

      indexes.postProcessEngineBuild(engine);
      assertThat(EngineIndexes.exists(connection, due)).isTrue();

      indexes.postProcessEngineBuild(engine);
      assertThat(EngineIndexes.exists(connection, due)).isTrue();
    }
  }
}
