package org.ohtpathway.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.privacy.MarkedReferral.MARK;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consent withdrawn: the referral's personal and health details leave every table of the
 * database, the engine's included, and an anonymous record of how far it got stays.
 */
@PathwayTest
class ConsentWithdrawalTest {

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
    RecordScan scan = new RecordScan(jdbc);
    ProcessInstance referral = MarkedReferral.toSessions(pathway);
    Long referralId = pathway.referralId(referral);
    assertThat(scan.tablesContaining(MARK)).as("the marked details were recorded")
        .contains("REFERRAL", "PERSON", "GOAL", "SUPPORT_SESSION", "SESSION_GOAL_PROGRESS");
    assertThat(historicVariableNames(referral)).as("the pathway's routing values were in history")
        .contains(PathwayVariables.CONTACT_OUTCOME.name(), PathwayVariables.SAFEGUARDING_CONCERN_IDENTIFIED.name());

    pathway.withdrawConsent(DemoUsers.TRAINER, referrals.get(referralId).getReference());
    pathway.runJobs();

    assertThat(scan.tablesContaining(MARK)).as("tables still holding what was entered").isEmpty();
    assertThat(scan.detailBeyondWhatIsKept(referralId)).isEmpty();
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(referral.getId()).count())
        .isZero();
    assertThat(historicVariableNames(referral)).isSubsetOf(KEPT_VARIABLES);
    assertThat(anonymousRecords.findById(referralId)).hasValueSatisfying(record -> {
      assertThat(record.getStageReached()).isEqualTo("SESSIONS");
      assertThat(record.getSessionsAttended()).isEqualTo(1);
      assertThat(record.getEndState()).isEqualTo("WITHDRAWN");
      assertThat(record.getAgeBand()).isEqualTo("25-34");
      assertThat(record.getWhy()).isEqualTo(Minimisation.Why.CONSENT_WITHDRAWN.name());
    });
  }

  private Set<String> historicVariableNames(ProcessInstance referral) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
        .list().stream().map(HistoricVariableInstance::getName).collect(Collectors.toSet());
  }
}
