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

  private static final String COHORT = "select id from referral where recorded_at >= ? and recorded_at < ?";

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
    jdbc.query("select referral_id, eligible, reason_code, recorded_at from eligibility_decision"
        + " where referral_id in (" + COHORT + ") order by recorded_at, id", row -> {
          ReferralFacts referral = facts.get(row.getLong("referral_id"));
          referral.eligible = row.getBoolean("eligible");
          referral.notEligibleReason = row.getString("reason_code");
          referral.eligibilityDecidedOn = date(instant(row, "recorded_at"));
        }, cohort);
  }

  private void readAllocations(Map<Long, ReferralFacts> facts, Object[] cohort) {
    jdbc.query("select referral_id, recorded_at, priority from allocation where referral_id in (" + COHORT + ")"
        + " order by recorded_at, id", row -> {
          ReferralFacts referral = facts.get(row.getLong("referral_id"));
          if (referral.allocatedOn == null) {
            referral.allocatedOn = date(instant(row, "recorded_at"));
            referral.priority = row.getString("priority");
          }
        }, cohort);
  }

  private void readContactAttempts(Map<Long, ReferralFacts> facts, Object[] cohort) {
    jdbc.query("select referral_id, attempted_on, outcome from contact_attempt where referral_id in (" + COHORT + ")"
        + " order by recorded_at, id", row -> {
          ReferralFacts referral = facts.get(row.getLong("referral_id"));
          referral.contactOutcomes.add(ContactOutcome.valueOf(row.getString("outcome")));
          LocalDate attemptedOn = localDate(row, "attempted_on");
          if (referral.firstContactAttemptOn == null || attemptedOn.isBefore(referral.firstContactAttemptOn)) {
            referral.firstContactAttemptOn = attemptedOn;
          }
        }, cohort);
  }

  private void readAssessments(Map<Long, ReferralFacts> facts, Object[] cohort) {
    jdbc.query("select referral_id, assessed_on, gp_registered, dentist_registered, smoking_status, "
        + WELLBEING + " from assessment where referral_id in (" + COHORT + ") order by recorded_at, id", row -> {
          ReferralFacts referral = facts.get(row.getLong("referral_id"));
          referral.assessedOn = localDate(row, "assessed_on");
          referral.wellbeingAtAssessment = wellbeing(row);
          referral.gpAtAssessment = bool(row, "gp_registered");
          referral.dentistAtAssessment = bool(row, "dentist_registered");
          referral.smokingAtAssessment = row.getString("smoking_status");
        }, cohort);
  }

  private void readPlans(Map<Long, ReferralFacts> facts, Object[] cohort) {
    jdbc.query("select p.referral_id, p.agreed_on, p.planned_sessions,"
        + " (select count(*) from goal g where g.plan_id = p.id) as goals"
        + " from health_plan p where p.referral_id in (" + COHORT + ") order by p.recorded_at, p.id", row -> {
          ReferralFacts referral = facts.get(row.getLong("referral_id"));
          referral.planAgreedOn = localDate(row, "agreed_on");
          referral.plannedSessions = row.getInt("planned_sessions");
          referral.goalsSet = row.getInt("goals");
        }, cohort);
    jdbc.query("select referral_id, sum(additional_sessions) as added from review where decision = 'CONTINUE'"
        + " and referral_id in (" + COHORT + ") group by referral_id",
        row -> {
          facts.get(row.getLong("referral_id")).addedSessions = row.getInt("added");
        }, cohort);
  }

  private void readSessions(Map<Long, ReferralFacts> facts, Object[] cohort) {
    jdbc.query("select referral_id, attendance, count(*) as sessions from support_session"
        + " where referral_id in (" + COHORT + ") group by referral_id, attendance", row -> {
          facts.get(row.getLong("referral_id")).sessions.put(Attendance.valueOf(row.getString("attendance")),
              row.getInt("sessions"));
        }, cohort);
  }

  private void readOnwardReferrals(Map<Long, ReferralFacts> facts, Object[] cohort) {
    Map<Long, Object[]> onward = new LinkedHashMap<>();
    jdbc.query("select o.id, o.referral_id, o.service_type, f.outcome from onward_referral o"
        + " left join follow_up f on f.onward_referral_id = o.id"
        + " where o.referral_id in (" + COHORT + ") order by o.id, f.recorded_at, f.id", row -> {
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
    jdbc.query("select id, referral_id, exited_on, reason, confidence_to_change, gp_registered, dentist_registered,"
        + " smoking_status, not_collected_reason, " + WELLBEING + " from pathway_exit"
        + " where referral_id in (" + COHORT + ") order by recorded_at, id", row -> {
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
    String ofCohort = " from pathway_exit e where e.referral_id in (" + COHORT + ")";
    jdbc.query("select g.exit_id, g.achievement from exit_goal_outcome g where g.exit_id in (select e.id" + ofCohort
        + ") order by g.exit_id, g.goal_number", row -> {
          ReferralFacts referral = byExit.get(row.getLong("exit_id"));
          if (referral != null) {
            referral.goalOutcomes.add(GoalAchievement.valueOf(row.getString("achievement")));
          }
        }, cohort);
    jdbc.query("select m.exit_id, m.measure from exit_measure_not_collected m where m.exit_id in (select e.id"
        + ofCohort + ")", row -> {
          ReferralFacts referral = byExit.get(row.getLong("exit_id"));
          if (referral != null) {
            referral.measuresNotCollected.add(ExitMeasure.valueOf(row.getString("measure")));
          }
        }, cohort);
    jdbc.query("select referral_id, min(recorded_at) as written from exit_summary where referral_id in (" + COHORT
        + ") group by referral_id", row -> {
          facts.get(row.getLong("referral_id")).exitSummaryOn = date(instant(row, "written"));
        }, cohort);
  }

  private void readWithdrawals(Map<Long, ReferralFacts> facts, Object[] cohort) {
    Object[] twice = {cohort[0], cohort[1], cohort[0], cohort[1]};
    jdbc.query("select referral_id from withdrawal where referral_id in (" + COHORT + ")"
        + " union select referral_id from consent_withdrawal where referral_id in (" + COHORT + ")", row -> {
          facts.get(row.getLong("referral_id")).withdrawn = true;
        }, twice);
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
