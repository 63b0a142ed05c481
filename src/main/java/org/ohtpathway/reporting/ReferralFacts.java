package org.ohtpathway.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ohtpathway.exit.ExitMeasure;
import org.ohtpathway.exit.ExitReason;
import org.ohtpathway.exit.GoalAchievement;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.session.Attendance;
import org.ohtpathway.signposting.FollowUpOutcome;
import org.ohtpathway.signposting.ServiceType;

/**
 * What the records say about one referral, as the reports count it: the dates of its
 * milestones, its measures and its outcome. Read in bulk by {@link ReportData}; never
 * names, contact details or free text.
 */
final class ReferralFacts {

  /** An onward referral and what its follow-up found, if it has one yet. */
  record Onward(ServiceType serviceType, FollowUpOutcome followUp) {

    boolean confirmedAttended() {
      return followUp == FollowUpOutcome.ATTENDED || followUp == FollowUpOutcome.REGISTERED;
    }
  }

  final long id;
  final LocalDate receivedOn;
  String ageBand;
  String sex;
  /** The person's and health details were removed (consent withdrawn, or retention ended). */
  boolean detailsRemoved;

  LocalDate eligibilityDecidedOn;
  Boolean eligible;
  String notEligibleReason;
  LocalDate allocatedOn;
  /** The eligibility decision, moved on by the working days triage waited for the practitioner's answers. */
  LocalDate allocationClockFrom;
  String priority;
  LocalDate firstContactAttemptOn;
  /** Reached at first contact: an appointment was booked, or the person declined. */
  boolean contacted;

  LocalDate assessedOn;
  Integer wellbeingAtAssessment;
  Boolean gpAtAssessment;
  Boolean dentistAtAssessment;
  String smokingAtAssessment;

  LocalDate planAgreedOn;
  int plannedSessions;
  int addedSessions;
  int goalsSet;
  /** Sessions recorded, by attendance (its ordinal). */
  private final int[] sessions = new int[Attendance.values().length];
  final List<Onward> onwardReferrals = new ArrayList<>();

  LocalDate exitedOn;
  ExitReason exitReason;
  final List<GoalAchievement> goalOutcomes = new ArrayList<>();
  Integer wellbeingAtExit;
  Integer confidenceAtExit;
  Boolean gpAtExit;
  Boolean dentistAtExit;
  String smokingAtExit;
  final Set<ExitMeasure> measuresNotCollected = EnumSet.noneOf(ExitMeasure.class);
  String notCollectedReason;
  LocalDate exitSummaryOn;

  EndState endState;

  ReferralFacts(long id, LocalDate receivedOn) {
    this.id = id;
    this.receivedOn = receivedOn;
  }

  boolean isEligible() {
    return Boolean.TRUE.equals(eligible);
  }

  boolean isAllocated() {
    return allocatedOn != null;
  }

  boolean isContacted() {
    return contacted;
  }

  boolean isAssessed() {
    return assessedOn != null;
  }

  boolean isPlanned() {
    return planAgreedOn != null;
  }

  boolean attendedASession() {
    return sessionsAttended() > 0;
  }

  boolean isExited() {
    return exitedOn != null;
  }

  void recordSessions(Attendance attendance, int count) {
    sessions[attendance.ordinal()] = count;
  }

  int sessions(Attendance attendance) {
    return sessions[attendance.ordinal()];
  }

  int sessionsRecorded() {
    int recorded = 0;
    for (int count : sessions) {
      recorded += count;
    }
    return recorded;
  }

  int sessionsAttended() {
    return sessions(Attendance.ATTENDED) + sessions(Attendance.ATTENDED_LATE);
  }

  int sessionsMissed() {
    return sessions(Attendance.DID_NOT_ATTEND_ACCEPTABLE) + sessions(Attendance.DID_NOT_ATTEND_UNACCEPTABLE);
  }

  int sessionsExpected() {
    return plannedSessions + addedSessions;
  }

  /** The mean achievement of the goals rated at exit (achieved 1, partly 0.5, not 0), if any were. */
  Optional<Double> goalScore() {
    return goalOutcomes.isEmpty() ? Optional.empty()
        : Optional.of(goalOutcomes.stream().mapToDouble(GoalAchievement::score).sum() / goalOutcomes.size());
  }

  boolean hasWellbeingPair() {
    return wellbeingAtAssessment != null && wellbeingAtExit != null;
  }
}
