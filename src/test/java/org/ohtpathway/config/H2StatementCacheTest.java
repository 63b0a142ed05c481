package org.ohtpathway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's H2 database keeps more parsed statements a connection than H2's default 8. */
@PathwayTest
class H2StatementCacheTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void theH2DatabaseKeepsTheStatementsAStepRuns() {
    assumeTrue(!TestDatabase.postgres(), "a setting of H2's");
    assertThat(jdbc.queryForObject("select setting_value from information_schema.settings"
        + " where setting_name = 'QUERY_CACHE_SIZE'", String.class)).isEqualTo(H2StatementCache.SIZE);
  }
}
