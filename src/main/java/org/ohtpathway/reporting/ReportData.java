package org.ohtpathway.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ohtpathway.contact.ContactOutcome;
import org.ohtpathway.contact.ContactService;
import org.ohtpathway.exit.ExitMeasure;
import org.ohtpathway.exit.ExitReason;
import org.ohtpathway.exit.GoalAchievement;
import org.ohtpathway.outcome.EndState;
import org.ohtpathway.outcome.ReferralOutcomes;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.AgeBand;
import org.ohtpathway.session.Attendance;
import org.ohtpathway.signposting.FollowUpOutcome;
import org.ohtpathway.signposting.ServiceType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the facts of every referral received in a period from the stage records, in one query
 * per table however many referrals there are. It reads the tables directly, as a read model:
 * reports cover tens of thousands of referrals, which the stage services (built for one
 * referral at a time) would load one by one.
 */
@Component
class ReportData {

  /** Joined to a stage table {@code t}: its rows of the referrals received in the period. */
  private static final String COHORT = " join referral r on r.id = t.referral_id"
      + " where r.recorded_at >= ? and r.recorded_at < ?";

  private final JdbcTemplate jdbc;
  private final ContactService contact;

  ReportData(JdbcTemplate jdbc, ContactService contact) {
    this.jdbc = jdbc;
    this.contact = contact;
  }

  @Transactional(readOnly = true)
  public List<ReferralFacts> referralsReceived(ReportPeriod period) {
    Object[] cohort = {OffsetDateTime.ofInstant(period.start(), ZoneOffset.UTC),
        OffsetDateTime.ofInstant(period.end(), ZoneOffset.UTC)};
    Map<Long, ReferralFacts> facts = new LinkedHashMap<>();
    jdbc.query("select r.id, r.recorded_at, p.date_of_birth, p.sex, a.referral_id as removed, a.age_band,"
        + " a.sex as recorded_sex, a.assessed_on, a.end_state from referral r join person p on p.id = r.person_id"
        + " left join anonymous_record a on a.referral_id = r.id"
        + " where r.recorded_at >= ? and r.recorded_at < ? order by r.recorded_at, r.id", row -> {
          LocalDate receivedOn = date(instant(row, "recorded_at"));
          ReferralFacts referral = new ReferralFacts(row.getLong("id"), receivedOn);
          LocalDate born = localDate(row, "date_of_birth");
          referral.ageBand = born != null ? AgeBand.of(born, receivedOn) : row.getString("age_band");
          referral.sex = row.getString("sex") != null ? row.getString("sex") : row.getString("recorded_sex");
          referral.detailsRemoved = row.getObject("removed") != null;
          referral.assessedOn = localDate(row, "assessed_on");
          referral.endState = row.getString("end_state") == null ? null : EndState.valueOf(row.getString("end_state"));
          facts.put(referral.id, referral);
        }, cohort);
    if (facts.isEmpty()) {
      return List.of();
    }
    readEligibility(facts, cohort);
    readAllocations(facts, cohort);
    readContactAttempts(facts, cohort);
    readAssessments(facts, cohort);
    readPlans(facts, cohort);
    readSessions(facts, cohort);
    readOnwardReferrals(facts, cohort);
    readExits(facts, cohort);
    readWithdrawals(facts, cohort);
    facts.values().forEach(this::deriveEndState);
    return new ArrayList<>(facts.values());
  }

  private void readEligibility(Map<Long, ReferralFacts> facts, Object[] cohort) {
    jdbc.query("select t.referral_id, t.eligible, t.reason_code, t.recorded_at from eligibility_decision t"
        + COHORT + " order by t.recorded_at, t.id", row -> {
          ReferralFacts referral = facts.get(row.getLong("referral_id"));
          referral.eligible = row.getBoolean("eligible");
          referral.notEligibleReason = row.getString("reason_code");
          referral.eligibilityDecidedOn = date(instant(row, "recorded_at"));
        }, cohort);
  }

  private void readAllocations(Map<Long, ReferralFacts> facts, Object[] cohort) {
    jdbc.query("select t.referral_id, t.recorded_at, t.priority from allocation t" + COHORT
        + " order by t.recorded_at, t.id", row -> {
          ReferralFacts referral = facts.get(row.getLong("referral_id"));
          if (referral.allocatedOn == null) {
            referral.allocatedOn = date(instant(row, "recorded_at"));
            referral.priority = row.getString("priority");
          }
        }, cohort);
  }

  private void readContactAttempts(Map<Long, ReferralFacts> facts, Object[] cohort) {
    jdbc.query("select t.referral_id, t.attempted_on, t.outcome from contact_attempt t" + COHORT
        + " order by t.recorded_at, t.id", row -> {
          ReferralFacts referral = facts.get(row.getLong("referral_id"));
          referral.contactOutcomes.add(ContactOutcome.valueOf(row.getString("outcome")));
          LocalDate attemptedOn = localDate(row, "attempted_on");
          if (referral.firstContactAttemptOn == null || attemptedOn.isBefore(referral.firstContactAttemptOn)) {
            referral.firstContactAttemptOn = attemptedOn;
          }
        }, cohort);
  }

  private void readAssessments(Map<Long, ReferralFacts> facts, Object[] cohort) {
    jdbc.query("select t.referral_id, t.assessed_on, t.gp_registered, t.dentist_registered, t.smoking_status, "
        + WELLBEING + " from assessment t" + COHORT + " order by t.recorded_at, t.id", row -> {
          ReferralFacts referral = facts.get(row.getLong("referral_id"));
          referral.assessedOn = localDate(row, "assessed_on");
          referral.wellbeingAtAssessment = wellbeing(row);
          referral.gpAtAssessment = bool(row, "gp_registered");
          referral.dentistAtAssessment = bool(row, "dentist_registered");
          referral.smokingAtAssessment = row.getString("smoking_status");
        }, cohort);
  }

  private void readPlans(Map<Long, ReferralFacts> facts, Object[] cohort) {
    jdbc.query("select t.referral_id, t.agreed_on, t.planned_sessions,"
        + " (select count(*) from goal g where g.plan_id = t.id) as goals"
        + " from health_plan t" + COHORT + " order by t.recorded_at, t.id", row -> {
          ReferralFacts referral = facts.get(row.getLong("referral_id"));
          referral.planAgreedOn = localDate(row, "agreed_on");
          referral.plannedSessions = row.getInt("planned_sessions");
          referral.goalsSet = row.getInt("goals");
        }, cohort);
    jdbc.query("select t.referral_id, sum(t.additional_sessions) as added from review t" + COHORT
        + " and t.decision = 'CONTINUE' group by t.referral_id",
        row -> {
          facts.get(row.getLong("referral_id")).addedSessions = row.getInt("added");
        }, cohort);
  }

  private void readSessions(Map<Long, ReferralFacts> facts, Object[] cohort) {
    jdbc.query("select t.referral_id, t.attendance, count(*) as sessions from support_session t" + COHORT
        + " group by t.referral_id, t.attendance", row -> {
          facts.get(row.getLong("referral_id")).sessions.put(Attendance.valueOf(row.getString("attendance")),
              row.getInt("sessions"));
        }, cohort);
  }

  private void readOnwardReferrals(Map<Long, ReferralFacts> facts, Object[] cohort) {
    Map<Long, Object[]> onward = new LinkedHashMap<>();
    jdbc.query("select t.id, t.referral_id, t.service_type, f.outcome from onward_referral t"
        + " left join follow_up f on f.onward_referral_id = t.id" + COHORT + " order by t.id, f.recorded_at, f.id", row -> {
          String outcome = row.getString("outcome");
          onward.put(row.getLong("id"), new Object[] {row.getLong("referral_id"),
              ServiceType.valueOf(row.getString("service_type")),
              outcome == null ? null : FollowUpOutcome.valueOf(outcome)});
        }, cohort);
    onward.values().forEach(row -> facts.get((Long) row[0]).onwardReferrals
        .add(new ReferralFacts.Onward((ServiceType) row[1], (FollowUpOutcome) row[2])));
  }

  private void readExits(Map<Long, ReferralFacts> facts, Object[] cohort) {
    Map<Long, ReferralFacts> byExit = new HashMap<>();
    jdbc.query("select t.id, t.referral_id, t.exited_on, t.reason, t.confidence_to_change, t.gp_registered,"
        + " t.dentist_registered, t.smoking_status, t.not_collected_reason, " + WELLBEING + " from pathway_exit t"
        + COHORT + " order by t.recorded_at, t.id", row -> {
          ReferralFacts referral = facts.get(row.getLong("referral_id"));
          byExit.values().remove(referral);
          byExit.put(row.getLong("id"), referral);
          referral.exitedOn = localDate(row, "exited_on");
          referral.exitReason = ExitReason.valueOf(row.getString("reason"));
          referral.wellbeingAtExit = wellbeing(row);
          referral.confidenceAtExit = (Integer) row.getObject("confidence_to_change", Integer.class);
          referral.gpAtExit = bool(row, "gp_registered");
          referral.dentistAtExit = bool(row, "dentist_registered");
          referral.smokingAtExit = row.getString("smoking_status");
          referral.notCollectedReason = row.getString("not_collected_reason");
        }, cohort);
    String ofCohort = " join pathway_exit t on t.id = m.exit_id" + COHORT;
    jdbc.query("select m.exit_id, m.achievement from exit_goal_outcome m" + ofCohort
        + " order by m.exit_id, m.goal_number", row -> {
          ReferralFacts referral = byExit.get(row.getLong("exit_id"));
          if (referral != null) {
            referral.goalOutcomes.add(GoalAchievement.valueOf(row.getString("achievement")));
          }
        }, cohort);
    jdbc.query("select m.exit_id, m.measure from exit_measure_not_collected m" + ofCohort, row -> {
          ReferralFacts referral = byExit.get(row.getLong("exit_id"));
          if (referral != null) {
            referral.measuresNotCollected.add(ExitMeasure.valueOf(row.getString("measure")));
          }
        }, cohort);
    jdbc.query("select t.referral_id, min(t.recorded_at) as written from exit_summary t" + COHORT
        + " group by t.referral_id", row -> {
          facts.get(row.getLong("referral_id")).exitSummaryOn = date(instant(row, "written"));
        }, cohort);
  }

  private void readWithdrawals(Map<Long, ReferralFacts> facts, Object[] cohort) {
    for (String table : new String[] {"withdrawal", "consent_withdrawal"}) {
      jdbc.query("select t.referral_id from " + table + " t" + COHORT, row -> {
        facts.get(row.getLong("referral_id")).withdrawn = true;
      }, cohort);
    }
  }

  private void deriveEndState(ReferralFacts referral) {
    if (referral.endState == null) {
      referral.endState = ReferralOutcomes.endState(referral.withdrawn, referral.eligible,
          contact.conclusion(referral.contactOutcomes), referral.exitReason).orElse(null);
    }
  }

  private static final String WELLBEING =
      "optimistic, useful, relaxed, dealing_with_problems, thinking_clearly, close_to_others, own_mind";

  /** The SWEMWBS raw total (7-35), or null unless all seven statements were answered. */
  private static Integer wellbeing(ResultSet row) throws SQLException {
    int total = 0;
    for (String item : WELLBEING.split(", ")) {
      Integer score = row.getObject(item, Integer.class);
      if (score == null) {
        return null;
      }
      total += score;
    }
    return total;
  }

  private static Boolean bool(ResultSet row, String column) throws SQLException {
    return row.getObject(column, Boolean.class);
  }

  private static LocalDate localDate(ResultSet row, String column) throws SQLException {
    return row.getObject(column, LocalDate.class);
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp timestamp = row.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static LocalDate date(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ServiceClock.SERVICE_ZONE);
  }
}
