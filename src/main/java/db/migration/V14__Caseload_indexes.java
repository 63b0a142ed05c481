package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The caseload pages read a page of cases in the order they show them: a practitioner's by the
 * day received, newest first; every open case, and the unallocated ones, oldest first. Without an
 * index in that order the database sorted every matching case for each page (all 50,000 open
 * cases of a large service, or all of a practitioner's). PostgreSQL keeps the open cases' index
 * to the open cases alone (a partial index; its planner does not read an {@code end_state is
 * null} prefix as an order); H2, which has no partial indexes, leads with the end state.
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
      sql.execute(postgres
          ? "create index ix_referral_progress_open_received on referral_progress (received_on, referral_id)"
              + " where end_state is null"
          : "create index ix_referral_progress_open_received on referral_progress"
              + " (end_state, received_on, referral_id)");
    }
  }
}
