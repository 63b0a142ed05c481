package org.ohtpathway.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consent withdrawn: the referral's personal and health details leave every table of the
 * database, the engine's included, and an anonymous record of how far it got stays.
 */
@PathwayTest
class ConsentWithdrawalTest {

  /** Written into every free-text field, so that any copy of what was entered can be found. */
  static final String MARK = "Qzxwv";

  /** What a domain record keeps once minimised: how far the referral got and when, and who did what. */
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
      Map.entry("CONTACT_ATTEMPT", Set.of("ATTEMPTED_ON", "CHANNEL", "OUTCOME", "APPOINTMENT_ON")),
      Map.entry("HEALTH_PLAN", Set.of("AGREED_ON", "PLANNED_SESSIONS", "FIRST_SESSION_DATE")),
      Map.entry("SUPPORT_SESSION", Set.of("NUMBER", "SESSION_DATE", "ATTENDANCE", "DELIVERY", "REVIEW_REQUESTED")),
      Map.entry("NOTIFICATION", Set.of("EVENT", "PATHWAY_INSTANCE_ID", "RECIPIENT_USER_ID", "RECIPIENT_GROUP_ID")),
      Map.entry("CONSENT_WITHDRAWAL", Set.of("WITHDRAWN_ON", "REPORTED_BY")));

  /** The engine variables of an ended, minimised pathway: references and its end state. */
  static final Set<String> KEPT_VARIABLES = Set.of(PathwayVariables.REFERRAL_ID.name(),
      PathwayVariables.REFERRAL_REFERENCE.name(), PathwayVariables.REFERRER_ID.name(),
      PathwayVariables.TRAINER_ID.name(), PathwayVariables.END_STATE.name(), PathwayVariables.NOTIFICATION.name());

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReferralService referrals;
  @Autowired AnonymousRecordRepository anonymousRecords;

  @Test
  void withdrawnConsentLeavesNoHealthDetailInTheDomainTablesOrTheEngineVariablesAndTheirHistory() {
    Pathway pathway = new Pathway(engine);
    ProcessInstance referral = referWithMarkedDetailsToSessions(pathway);
    Long referralId = pathway.referralId(referral);
    assertThat(tablesContaining(MARK)).as("the marked details were recorded").contains("REFERRAL", "PERSON",
        "GOAL", "SUPPORT_SESSION", "SESSION_GOAL_PROGRESS");
    assertThat(historicVariableNames(referral)).as("the pathway's gateway values were in history")
        .contains(PathwayVariables.CONTACT_OUTCOME.name(), PathwayVariables.SAFEGUARDING_CONCERN_IDENTIFIED.name());

    pathway.start(PathwayModel.PROCESS_WITHDRAW_CONSENT, DemoUsers.TRAINER, Map.of(
        "referralReference", referrals.get(referralId).getReference(),
        "consentWithdrawnOn", ServiceClock.today().toString(), "reportedBy", "PHONE"));
    pathway.runJobs();

    assertThat(tablesContaining(MARK)).as("tables still holding what was entered").isEmpty();
    assertThat(detailKeptBeyondTheAnonymousRecord(referralId)).isEmpty();
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(referral.getId()).count())
        .isZero();
    assertThat(historicVariableNames(referral)).isSubsetOf(KEPT_VARIABLES);
    assertThat(anonymousRecords.findById(referralId)).hasValueSatisfying(record -> {
      assertThat(record.getStageReached()).isEqualTo("SESSIONS");
      assertThat(record.getSessionsAttended()).isEqualTo(1);
      assertThat(record.getEndState()).isEqualTo("WITHDRAWN");
      assertThat(record.getAgeBand()).isEqualTo("25-34");
    });
  }

  private static ProcessInstance referWithMarkedDetailsToSessions(Pathway pathway) {
    Map<String, Object> referralForm = Pathway.referralForm();
    referralForm.put("givenName", MARK + "alex");
    referralForm.put("familyName", MARK + "smith");
    referralForm.put("email", MARK.toLowerCase() + "@example.org");
    referralForm.put("loneWorkingCautions", MARK + " meet only at the office");
    referralForm.put("reason", MARK + " wants to stop smoking");
    referralForm.put("consentNamedServices", MARK + " stop smoking service");
    ProcessInstance referral = pathway.refer(referralForm);
    Map<String, Object> triage = Pathway.triageForm(DemoUsers.TRAINER);
    triage.put("triageNote", MARK + " prefers mornings");
    pathway.submit(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, triage);
    pathway.submit(referral, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER,
        Pathway.contactForm("APPOINTMENT_BOOKED"));
    pathway.submit(referral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER,
        Pathway.assessmentForm(false));
    Map<String, Object> plan = Pathway.planForm(4, 1);
    plan.put("goals", Pathway.json("[{\"topic\":\"SMOKING\",\"goal\":\"" + MARK + " stop smoking\",\"steps\":\""
        + MARK + " set a quit date\",\"targetDate\":\"" + ServiceClock.today().plusWeeks(8) + "\"}]"));
    pathway.submit(referral, PathwayModel.TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, plan);
    Map<String, Object> session = Pathway.sessionWithOnwardReferrals("DENTIST");
    session.put("sessionNotes", MARK + " talked through cravings");
    session.put("goalProgress", Pathway.json("[{\"goalNumber\":1,\"progress\":\"SOME_PROGRESS\",\"progressNote\":\""
        + MARK + " cut down\"}]"));
    pathway.submit(referral, PathwayModel.TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, session);
    return referral;
  }

  /** Every table of the database, the engine's own included, searched for the text. */
  private Set<String> tablesContaining(String text) {
    Set<String> found = new HashSet<>();
    for (String table : jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = 'PUBLIC'", String.class)) {
      jdbc.query("select * from " + table, row -> {
        for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
          if (asText(row.getObject(column)).toLowerCase().contains(text.toLowerCase())) {
            found.add(table);
          }
        }
      });
    }
    return found;
  }

  /** Each value a domain record of the referral still holds that the anonymous record does not explain. */
  private List<String> detailKeptBeyondTheAnonymousRecord(Long referralId) {
    List<String> kept = new ArrayList<>();
    Long personId = jdbc.queryForObject("select person_id from referral where id = ?", Long.class, referralId);
    keptIn("REFERRAL", jdbc.queryForList("select * from referral where id = ?", referralId), kept);
    keptIn("PERSON", jdbc.queryForList("select * from person where id = ?", personId), kept);
    assertThat(jdbc.queryForList("select * from referral_need where referral_id = ?", referralId)).isEmpty();
    for (String table : jdbc.queryForList("select table_name from information_schema.columns"
        + " where table_schema = 'PUBLIC' and column_name = 'REFERRAL_ID'", String.class)) {
      if (!table.equals("ANONYMOUS_RECORD")) {
        keptIn(table, jdbc.queryForList("select * from " + table + " where referral_id = ?", referralId), kept);
      }
    }
    return kept;
  }

  private static void keptIn(String table, List<Map<String, Object>> rows, List<String> kept) {
    Set<String> allowed = KEPT.getOrDefault(table, Set.of());
    for (Map<String, Object> row : rows) {
      row.forEach((column, value) -> {
        if (value != null && !KEPT_EVERYWHERE.contains(column) && !allowed.contains(column)) {
          kept.add(table + "." + column + " = " + value);
        }
      });
    }
  }

  private Set<String> historicVariableNames(ProcessInstance referral) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
        .list().stream().map(HistoricVariableInstance::getName).collect(Collectors.toSet());
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
