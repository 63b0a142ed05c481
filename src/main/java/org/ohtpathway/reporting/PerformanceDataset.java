package org.ohtpathway.reporting;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The performance dataset: one CSV row per referral received in the period, with the dates of
 * its milestones, its sessions, its outcome and end state. Never a name, CRN, contact detail,
 * reference or free text: the case id stands in for the referral (docs/reports.md lists every
 * column).
 */
@Component
class PerformanceDataset {

  static final List<String> COLUMNS = List.of("case_id", "referred_on", "age_band", "sex", "eligible",
      "not_eligible_reason", "priority", "allocated_on", "first_contact_attempt_on", "reached_at_first_contact",
      "assessed_on", "plan_agreed_on", "goals_set", "sessions_expected", "sessions_recorded", "sessions_attended",
      "sessions_missed", "onward_referrals", "exited_on", "exit_reason", "exit_reason_group", "goals_rated",
      "goal_achievement_score", "swemwbs_at_assessment", "swemwbs_at_exit", "exit_summary_on", "end_state",
      "details_removed");

  private final ReportData data;

  PerformanceDataset(ReportData data) {
    this.data = data;
  }

  void write(ReportPeriod period, Pseudonyms pseudonyms, Writer out) throws IOException {
    Csv csv = new Csv(out);
    csv.row(COLUMNS);
    for (ReferralFacts r : data.referralsReceived(period)) {
      List<Object> row = new ArrayList<>();
      row.add(pseudonyms.caseId(r.id));
      row.add(r.receivedOn);
      row.add(r.ageBand);
      row.add(r.sex);
      row.add(r.eligible);
      row.add(r.notEligibleReason);
      row.add(r.priority);
      row.add(r.allocatedOn);
      row.add(r.firstContactAttemptOn);
      row.add(r.firstContactAttemptOn == null ? null : r.isContacted());
      row.add(r.assessedOn);
      row.add(r.planAgreedOn);
      row.add(r.isPlanned() ? r.goalsSet : null);
      row.add(r.isPlanned() ? r.sessionsExpected() : null);
      row.add(r.sessionsRecorded());
      row.add(r.sessionsAttended());
      row.add(r.sessionsMissed());
      row.add(r.onwardReferrals.size());
      row.add(r.exitedOn);
      row.add(r.exitReason);
      row.add(r.exitReason == null ? null : r.exitReason.group());
      row.add(r.isExited() ? r.goalOutcomes.size() : null);
      row.add(r.goalScore().map(score -> String.format(Locale.ROOT, "%.2f", score)).orElse(null));
      row.add(r.wellbeingAtAssessment);
      row.add(r.wellbeingAtExit);
      row.add(r.exitSummaryOn);
      row.add(r.endState);
      row.add(r.detailsRemoved);
      csv.row(row);
    }
    out.flush();
  }
}
