package org.ohtpathway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
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
