package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.ohtpathway.exit.ExitReason;
import org.ohtpathway.exit.ExitReasonGroup;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.progress.Stage;

/**
 * Fills in the case progress (V4) of referrals made before it existed, from the stage records
 * by the rules the stages now report with: one query per table, however many referrals. First
 * contact fails after three attempts without reaching the person (the default of
 * {@code oht.pathway.max-contact-attempts}); a referral whose details were removed takes the
 * days its anonymous record kept.
 */
public class V5__Fill_in_case_progress extends BaseJavaMigration {

  /** Three attempts without reaching the person: unable to contact (the pathway's default). */
  private static final int MAX_CONTACT_ATTEMPTS = 3;

  private static final class Case {
    final long id;
    final String reference;
    final String processInstanceId;
    final LocalDate receivedOn;
    final String practitioner;
    String trainer;
    String priority;
    final Map<Milestone, LocalDate> reached = new EnumMap<>(Milestone.class);
    final Map<Milestone, String> by = new EnumMap<>(Milestone.class);
    EndState endState;
    LocalDate endedOn;
    int attended;
    int attempts;
    boolean contacted;
    boolean declined;
    LocalDate lastAttempt;
    String lastAttemptBy;

    Case(long id, String reference, String processInstanceId, LocalDate receivedOn, String practitioner) {
      this.id = id;
      this.reference = reference;
      this.processInstanceId = processInstanceId;
      this.receivedOn = receivedOn;
      this.practitioner = practitioner;
    }

    void reach(Milestone milestone, LocalDate on, String who) {
      if (on == null) {
        return;
      }
      LocalDate earlier = reached.get(milestone);
      if (earlier == null || on.isBefore(earlier)) {
        reached.put(milestone, on);
        by.put(milestone, who == null ? "system" : who);
      }
    }

    void end(EndState state, LocalDate on) {
      EndState standing = EndState.standing(endState, state);
      if (standing != endState) {
        endState = standing;
        endedOn = endedOn == null ? on : endedOn;
      }
    }

    Stage stage() {
      Stage stage = Stage.REFERRAL;
      for (Milestone milestone : reached.keySet()) {
        if (milestone.stage() != null && milestone.stage().ordinal() > stage.ordinal()) {
          stage = milestone.stage();
        }
      }
      return stage;
    }
  }

  @Override
  public void migrate(Context context) throws SQLException {
    fillIn(context.getConnection());
  }

  /** Adds the progress of every referral that has none. */
  public static void fillIn(Connection connection) throws SQLException {
    Map<Long, Case> cases = new LinkedHashMap<>();
    query(connection, "select r.id, r.reference, r.process_instance_id, r.recorded_at, r.recorded_by from referral r"
        + " where r.reference is not null and not exists"
        + " (select 1 from referral_progress p where p.referral_id = r.id) order by r.id", row -> {
          Case c = new Case(row.getLong(1), row.getString(2), row.getString(3), date(row.getTimestamp(4)),
              row.getString(5));
          c.reach(Milestone.REFERRED, c.receivedOn, c.practitioner);
          cases.put(c.id, c);
        });
    if (cases.isEmpty()) {
      return;
    }
    each(connection, cases, "select referral_id, eligible, recorded_at, recorded_by from eligibility_decision"
        + " order by recorded_at, id", (c, row) -> {
          LocalDate on = date(row.getTimestamp(3));
          c.reached.remove(Milestone.ELIGIBLE);
          c.reached.remove(Milestone.NOT_ELIGIBLE);
          c.reach(row.getBoolean(2) ? Milestone.ELIGIBLE : Milestone.NOT_ELIGIBLE, on, row.getString(4));
        });
    cases.values().forEach(c -> {
      if (c.reached.containsKey(Milestone.NOT_ELIGIBLE)) {
        c.end(EndState.DECLINED, c.reached.get(Milestone.NOT_ELIGIBLE));
      }
    });
    each(connection, cases, "select referral_id, subject, recorded_at, recorded_by from acknowledgement", (c, row) ->
        c.reach("INELIGIBILITY".equals(row.getString(2)) ? Milestone.NOT_ELIGIBLE_READ : Milestone.EXIT_SUMMARY_READ,
            date(row.getTimestamp(3)), row.getString(4)));
    each(connection, cases, "select referral_id, trainer_id, priority, recorded_at, recorded_by from allocation"
        + " order by recorded_at, id", (c, row) -> {
          c.reach(Milestone.ALLOCATED, date(row.getTimestamp(4)), row.getString(5));
          c.trainer = row.getString(2);
          c.priority = row.getString(3);
        });
    each(connection, cases, "select referral_id, attempted_on, outcome, recorded_by from contact_attempt"
        + " order by recorded_at, id", (c, row) -> {
          LocalDate on = row.getObject(2, LocalDate.class);
          c.reach(Milestone.FIRST_CONTACT_ATTEMPTED, on, row.getString(4));
          c.attempts++;
          c.lastAttempt = on;
          c.lastAttemptBy = row.getString(4);
          if ("APPOINTMENT_BOOKED".equals(row.getString(3)) && !c.contacted && !c.declined) {
            c.contacted = true;
            c.reach(Milestone.CONTACTED, on, row.getString(4));
          } else if ("DECLINED".equals(row.getString(3)) && !c.contacted && !c.declined) {
            c.declined = true;
            c.reach(Milestone.DECLINED_AT_FIRST_CONTACT, on, row.getString(4));
            c.end(EndState.DECLINED, on);
          }
        });
    cases.values().forEach(c -> {
      if (!c.contacted && !c.declined && c.attempts >= MAX_CONTACT_ATTEMPTS) {
        c.reach(Milestone.UNABLE_TO_CONTACT, c.lastAttempt, c.lastAttemptBy);
        c.end(EndState.ENDED_EARLY, c.lastAttempt);
      }
    });
    each(connection, cases, "select referral_id, assessed_on, recorded_by from assessment", (c, row) ->
        c.reach(Milestone.ASSESSED, row.getObject(2, LocalDate.class), row.getString(3)));
    each(connection, cases, "select referral_id, agreed_on, recorded_by from health_plan", (c, row) ->
        c.reach(Milestone.PLAN_AGREED, row.getObject(2, LocalDate.class), row.getString(3)));
    each(connection, cases, "select referral_id, session_date, recorded_by from support_session"
        + " where attendance in ('ATTENDED', 'ATTENDED_LATE')", (c, row) -> {
          c.attended++;
          c.reach(Milestone.FIRST_SESSION_ATTENDED, row.getObject(2, LocalDate.class), row.getString(3));
        });
    each(connection, cases, "select referral_id, reviewed_on, recorded_by from review", (c, row) ->
        c.reach(Milestone.REVIEWED, row.getObject(2, LocalDate.class), row.getString(3)));
    each(connection, cases, "select referral_id, exited_on, reason, recorded_by from pathway_exit"
        + " order by recorded_at, id", (c, row) -> {
          LocalDate on = row.getObject(2, LocalDate.class);
          c.reach(Milestone.EXITED, on, row.getString(4));
          c.end(ExitReason.valueOf(row.getString(3)).group() == ExitReasonGroup.COMPLETED ? EndState.COMPLETED
              : EndState.ENDED_EARLY, on);
        });
    each(connection, cases, "select referral_id, recorded_at, recorded_by from exit_summary", (c, row) ->
        c.reach(Milestone.EXIT_SUMMARY_WRITTEN, date(row.getTimestamp(2)), row.getString(3)));
    each(connection, cases, "select referral_id, recorded_at, recorded_by from withdrawal", (c, row) -> {
      LocalDate on = date(row.getTimestamp(2));
      c.reach(Milestone.WITHDRAWN, on, row.getString(3));
      c.end(EndState.WITHDRAWN, on);
    });
    each(connection, cases, "select referral_id, withdrawn_on, recorded_by from consent_withdrawal", (c, row) -> {
      LocalDate on = row.getObject(2, LocalDate.class);
      c.reach(Milestone.CONSENT_WITHDRAWN, on, row.getString(3));
      c.end(EndState.WITHDRAWN, on);
    });
    each(connection, cases, "select referral_id, allocated_on, first_contact_on, assessed_on, plan_agreed_on,"
        + " exited_on, sessions_attended from anonymous_record", (c, row) -> {
          c.reach(Milestone.ALLOCATED, row.getObject(2, LocalDate.class), null);
          c.reach(Milestone.FIRST_CONTACT_ATTEMPTED, row.getObject(3, LocalDate.class), null);
          c.reach(Milestone.ASSESSED, row.getObject(4, LocalDate.class), null);
          c.reach(Milestone.PLAN_AGREED, row.getObject(5, LocalDate.class), null);
          c.reach(Milestone.EXITED, row.getObject(6, LocalDate.class), null);
          c.attended = Math.max(c.attended, row.getInt(7));
        });
    write(connection, cases);
  }

  private static void write(Connection connection, Map<Long, Case> cases) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    Ids ids = new Ids(connection);
    try (PreparedStatement progress = connection.prepareStatement("insert into referral_progress (referral_id,"
        + " reference, process_instance_id, received_on, practitioner_id, trainer_id, priority, stage, end_state,"
        + " ended_on, sessions_attended, on_hold, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)");
        PreparedStatement milestone = connection.prepareStatement("insert into reached_milestone (id, referral_id,"
            + " milestone, reached_on, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)")) {
      for (Case c : cases.values()) {
        progress.setLong(1, c.id);
        progress.setString(2, c.reference);
        progress.setString(3, c.processInstanceId);
        progress.setObject(4, c.receivedOn);
        progress.setString(5, c.practitioner);
        progress.setString(6, c.trainer);
        progress.setString(7, c.priority);
        progress.setString(8, c.stage().name());
        progress.setString(9, c.endState == null ? null : c.endState.name());
        progress.setObject(10, c.endedOn);
        progress.setInt(11, c.attended);
        progress.setTimestamp(12, now);
        progress.addBatch();
        for (Map.Entry<Milestone, LocalDate> reached : c.reached.entrySet()) {
          milestone.setLong(1, ids.next());
          milestone.setLong(2, c.id);
          milestone.setString(3, reached.getKey().name());
          milestone.setObject(4, reached.getValue());
          milestone.setTimestamp(5, now);
          milestone.setString(6, c.by.get(reached.getKey()));
          milestone.addBatch();
        }
      }
      progress.executeBatch();
      milestone.executeBatch();
    }
  }

  /**
   * Ids from {@code reached_milestone_seq} as Hibernate's pooled generator takes them: each value
   * of the sequence is the highest of a block of 50, so the application, started later or
   * already running, never hands out one of these again.
   */
  private static final class Ids {
    private static final int BLOCK = 50;
    private final PreparedStatement nextValue;
    private long next;
    private long last = -1;

    Ids(Connection connection) throws SQLException {
      boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      nextValue = connection.prepareStatement(postgres ? "select nextval('reached_milestone_seq')"
          : "select next value for reached_milestone_seq");
    }

    long next() throws SQLException {
      if (next > last) {
        long value = fetch();
        if (value < BLOCK) {
          // The sequence's first value starts the first block, whose highest is the next value.
          next = value;
          last = fetch();
        } else {
          next = value - BLOCK + 1;
          last = value;
        }
      }
      return next++;
    }

    private long fetch() throws SQLException {
      try (ResultSet row = nextValue.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private interface Row {
    void read(ResultSet row) throws SQLException;
  }

  private interface CaseRow {
    void read(Case c, ResultSet row) throws SQLException;
  }

  private static void query(Connection connection, String sql, Row reader) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        reader.read(rows);
      }
    }
  }

  /** Reads a table whose first column is the referral's id, for the referrals being filled in. */
  private static void each(Connection connection, Map<Long, Case> cases, String sql, CaseRow reader)
      throws SQLException {
    query(connection, sql, row -> {
      Case c = cases.get(row.getLong(1));
      if (c != null) {
        reader.read(c, row);
      }
    });
  }

  private static LocalDate date(Timestamp timestamp) {
    return timestamp == null ? null : LocalDate.ofInstant(timestamp.toInstant(), ServiceClock.SERVICE_ZONE);
  }
}
