package org.ohtpathway.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the whole database as a person with access to it would: every table, the engine's
 * included, and every column of a referral's records.
 */
class RecordScan {

  /** What a minimised domain record keeps: how far the referral got and when, and who did what. */
  static final Set<String> KEPT_EVERYWHERE = Set.of("ID", "REFERRAL_ID", "RECORDED_AT", "RECORDED_BY");
  static final Map<String, Set<String>> KEPT = Map.ofEntries(
      Map.entry("REFERRAL", Set.of("REFERENCE", "PROCESS_INSTANCE_ID", "PERSON_ID", "PRACTITIONER_NAME",
          "PRACTITIONER_EMAIL", "PRACTITIONER_PHONE")),
      Map.entry("PERSON", Set.of("SAFE_TO_PHONE", "SAFE_TO_EMAIL")),
      Map.entry("CONSENT", Set.of("GIVEN", "GIVEN_ON", "SHARE_PROGRESS_WITH_PROBATION", "SHARE_WITH_GP",
          "REFER_ON_TO_SERVICES")),
      Map.entry("ELIGIBILITY_DECISION", Set.of("DECISION_DEFINITION_ID", "ELIGIBLE")),
      Map.entry("PRIORITY_SUGGESTION", Set.of("DECISION_DEFINITION_ID", "PRIORITY")),
      Map.entry("ALLOCATION", Set.of("PRIORITY", "TRAINER_ID")),
      Map.entry("TRIAGE_QUESTION", Set.of("ASKED_ON", "ANSWERED_BY", "ANSWERED_AT", "ANSWERED_ON")),
      Map.entry("TRIAGE_DECLINE", Set.of("REASON", "DECLINED_ON")),
      Map.entry("CONTACT_ATTEMPT", Set.of("ATTEMPTED_ON", "CHANNEL", "OUTCOME", "APPOINTMENT_ON")),
      Map.entry("HEALTH_PLAN", Set.of("AGREED_ON", "PLANNED_SESSIONS", "FIRST_SESSION_DATE", "CURRENT_VERSION")),
      Map.entry("SUPPORT_SESSION", Set.of("NUMBER", "SESSION_DATE", "ATTENDANCE", "DELIVERY", "REVIEW_REQUESTED")),
      Map.entry("NOTIFICATION", Set.of("EVENT", "PATHWAY_INSTANCE_ID", "RECIPIENT_USER_ID", "RECIPIENT_GROUP_ID",
          "APPOINTMENT_ID")),
      Map.entry("APPOINTMENT", Set.of("NUMBER", "ON_DATE", "STARTS_AT", "LENGTH_MINUTES", "PLACE", "OFFICE_ID",
          "CHECK_IN_AT", "STATUS", "SESSION_ID", "OUTCOME_RECORDED_AT", "OUTCOME_RECORDED_BY")),
      Map.entry("APPOINTMENT_RESCHEDULING", Set.of("APPOINTMENT_ID", "ASKED_BY", "ON_DATE", "STARTS_AT",
          "LENGTH_MINUTES", "PLACE", "OFFICE_ID", "CHECK_IN_AT")),
      Map.entry("CONSENT_WITHDRAWAL", Set.of("WITHDRAWN_ON", "REPORTED_BY")),
      Map.entry("REVIEW", Set.of("KIND", "REVIEWED_ON", "DECISION", "SESSIONS_BEFORE", "ADDITIONAL_SESSIONS")),
      Map.entry("PATHWAY_EXIT", Set.of("EXITED_ON", "REASON")),
      Map.entry("ACKNOWLEDGEMENT", Set.of("SUBJECT")),
      Map.entry("WITHDRAWAL", Set.of("REASON", "WITHDRAWN_ON")),
      Map.entry("REFERRAL_PROGRESS", Set.of("REFERENCE", "PROCESS_INSTANCE_ID", "RECEIVED_ON", "PRACTITIONER_ID",
          "TRAINER_ID", "PRIORITY", "STAGE", "END_STATE", "ENDED_ON", "SESSIONS_ATTENDED", "ON_HOLD", "UPDATED_AT",
          "SAFEGUARDING_CONCERNS", "ELIGIBLE_ON", "NOT_ELIGIBLE_ON", "ALLOCATED_ON", "FIRST_CONTACT_ATTEMPTED_ON",
          "CONTACTED_ON", "DECLINED_AT_FIRST_CONTACT_ON", "ASSESSED_ON", "PLAN_AGREED_ON", "EXITED_ON",
          "EXIT_SUMMARY_WRITTEN_ON")),
      Map.entry("REACHED_MILESTONE", Set.of("MILESTONE", "REACHED_ON")));

  private final JdbcTemplate jdbc;

  RecordScan(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every table of the database holding the text, in any column, in any case. */
  Set<String> tablesContaining(String text) {
    Set<String> found = new HashSet<>();
    for (String table : jdbc.queryForList(
        "select table_name from information_schema.tables"
        + " where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class)) {
      jdbc.query("select * from \"" + table + "\"", row -> {
        for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
          if (asText(row.getObject(column)).toLowerCase().contains(text.toLowerCase())) {
            found.add(table.toUpperCase(Locale.ROOT));
          }
        }
      });
    }
    return found;
  }

  /** Each value a domain record of the referral holds beyond what a minimised record keeps. */
  List<String> detailBeyondWhatIsKept(Long referralId) {
    List<String> kept = new ArrayList<>();
    Long personId = jdbc.queryForObject("select person_id from referral where id = ?", Long.class, referralId);
    keptIn("REFERRAL", jdbc.queryForList("select * from referral where id = ?", referralId), kept);
    keptIn("PERSON", jdbc.queryForList("select * from person where id = ?", personId), kept);
    for (String table : jdbc.queryForList("select upper(table_name) from information_schema.columns"
        + " where table_schema = current_schema() and upper(column_name) = 'REFERRAL_ID'", String.class)) {
      if (!table.equals("ANONYMOUS_RECORD")) {
        keptIn(table, jdbc.queryForList("select * from " + table + " where referral_id = ?", referralId), kept);
      }
    }
    return kept;
  }

  private static void keptIn(String table, List<Map<String, Object>> rows, List<String> kept) {
    Set<String> allowed = KEPT.getOrDefault(table, Set.of());
    for (Map<String, Object> row : rows) {
      row.forEach((name, value) -> {
        String column = name.toUpperCase(Locale.ROOT);
        if (value != null && !KEPT_EVERYWHERE.contains(column) && !allowed.contains(column)) {
          kept.add(table + "." + column + " = " + value);
        }
      });
    }
  }

  private static String asText(Object value) {
    try {
      if (value instanceof byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
      }
      if (value instanceof Blob blob) {
        return new String(blob.getBinaryStream().readAllBytes(), StandardCharsets.UTF_8);
      }
      if (value instanceof Clob clob) {
        return clob.getSubString(1, (int) clob.length());
      }
      return String.valueOf(value);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
