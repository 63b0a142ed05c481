package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The caseload pages read a page of cases in the order they show them: a practitioner's by the
 * day received, newest first; every open case, and the unallocated ones, oldest first. Without an
 * index in that order PostgreSQL sorted every matching case for each page (all 50,000 open cases
 * of a large service, or all of a practitioner's). The open cases' index holds the open cases
 * alone (a partial index: the planner does not take an {@code end_state is null} prefix as an
 * order). H2 has no partial indexes, and its planner was not seen to read a page from an index
 * in the page's order instead of sorting (docs/performance.md): it gets the practitioner's index,
 * which serves it as the one it replaces did.
 */
public class V14__Caseload_indexes extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
        .contains("postgres");
    try (Statement sql = context.getConnection().createStatement()) {
      // The practitioner's own index is a prefix of this one.
      sql.execute("drop index ix_referral_progress_practitioner");
      sql.execute("create index ix_referral_progress_practitioner on referral_progress"
          + " (practitioner_id, received_on, referral_id)");
      if (postgres) {
        sql.execute("create index ix_referral_progress_open_received on referral_progress (received_on, referral_id)"
            + " where end_state is null");
      }
    }
  }
}
