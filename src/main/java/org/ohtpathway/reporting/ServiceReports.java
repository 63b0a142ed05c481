package org.ohtpathway.reporting;

import static org.ohtpathway.reporting.Figures.mean;
import static org.ohtpathway.reporting.Figures.median;
import static org.ohtpathway.reporting.Figures.percent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.ohtpathway.assessment.SmokingStatus;
import org.ohtpathway.deadline.DeadlineProperties;
import org.ohtpathway.deadline.WorkingDayCalendar;
import org.ohtpathway.eligibility.IneligibilityReason;
import org.ohtpathway.exit.ExitReason;
import org.ohtpathway.exit.ExitReasonGroup;
import org.ohtpathway.exit.GoalAchievement;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.referral.AgeBand;
import org.ohtpathway.referral.Sex;
import org.ohtpathway.reporting.ServiceReport.Activity;
import org.ohtpathway.reporting.ServiceReport.Completeness;
import org.ohtpathway.reporting.ServiceReport.Count;
import org.ohtpathway.reporting.ServiceReport.Equity;
import org.ohtpathway.reporting.ServiceReport.Goals;
import org.ohtpathway.reporting.ServiceReport.Group;
import org.ohtpathway.reporting.ServiceReport.OnwardReferrals;
import org.ohtpathway.reporting.ServiceReport.Outcomes;
import org.ohtpathway.reporting.ServiceReport.Registrations;
import org.ohtpathway.reporting.ServiceReport.Smoking;
import org.ohtpathway.reporting.ServiceReport.Step;
import org.ohtpathway.reporting.ServiceReport.Timeliness;
import org.ohtpathway.reporting.ServiceReport.Wellbeing;
import org.ohtpathway.session.Attendance;
import org.ohtpathway.signposting.ServiceType;
import org.springframework.stereotype.Service;

/** Works out the service report of a period from the facts of its referrals (docs/reports.md). */
@Service
public class ServiceReports {

  /** The funnel's steps, in order. */
  record FunnelStep(String step, String label, Predicate<ReferralFacts> reached) {
  }

  static final List<FunnelStep> FUNNEL = List.of(
      new FunnelStep("received", "Referrals received", referral -> true),
      new FunnelStep("eligible", "Eligible", ReferralFacts::isEligible),
      new FunnelStep("allocated", "Allocated to a Health Trainer", ReferralFacts::isAllocated),
      new FunnelStep("contacted", "Reached at first contact", ReferralFacts::isContacted),
      new FunnelStep("assessed", "Assessed", ReferralFacts::isAssessed),
      new FunnelStep("planned", "Health plan agreed", ReferralFacts::isPlanned),
      new FunnelStep("attended", "Attended at least one session", ReferralFacts::attendedASession),
      new FunnelStep("exited", "Exit recorded", ReferralFacts::isExited));

  /** A timed step: from which date to which, and the deadline it is held to (none for the whole journey). */
  record TimedStep(String step, String label, String from, String deadline, Function<ReferralFacts, LocalDate> start,
      Function<ReferralFacts, LocalDate> end) {
  }

  static final List<TimedStep> TIMED = List.of(
      new TimedStep("allocation", "Allocated", "eligibility decision", "allocation",
          r -> r.allocationClockFrom, r -> r.allocatedOn),
      new TimedStep("first-contact", "First contact attempt", "allocation", "first-contact",
          r -> r.allocatedOn, r -> r.firstContactAttemptOn),
      new TimedStep("assessment", "Assessed", "referral received", "assessment", r -> r.receivedOn, r -> r.assessedOn),
      new TimedStep("health-plan", "Health plan agreed", "assessment", "health-plan",
          r -> r.assessedOn, r -> r.planAgreedOn),
      new TimedStep("exit-summary", "Exit summary written", "exit", "exit-summary",
          r -> r.exitedOn, r -> r.exitSummaryOn),
      new TimedStep("referral-to-exit", "Exit", "referral received", null, r -> r.receivedOn, r -> r.exitedOn));

  private final ReportData data;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties deadlines;

  ServiceReports(ReportData data, WorkingDayCalendar calendar, DeadlineProperties deadlines) {
    this.data = data;
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  public ServiceReport report(ReportPeriod period) {
    List<ReferralFacts> referrals = data.referralsReceived(period);
    return new ServiceReport(period.from(), period.to(), referrals.size(), funnel(referrals),
        notEligibleReasons(referrals), timeliness(referrals), activity(referrals), outcomes(referrals),
        equity(referrals), completeness(referrals));
  }

  static List<Step> funnel(List<ReferralFacts> referrals) {
    List<Step> steps = new ArrayList<>();
    long received = referrals.size();
    long previous = received;
    for (FunnelStep step : FUNNEL) {
      long count = referrals.stream().filter(step.reached()).count();
      steps.add(new Step(step.step(), step.label(), count, percent(count, received),
          steps.isEmpty() ? null : percent(count, previous)));
      previous = count;
    }
    return steps;
  }

  private static List<Count> notEligibleReasons(List<ReferralFacts> referrals) {
    Map<String, Long> byReason = referrals.stream().filter(r -> Boolean.FALSE.equals(r.eligible))
        .collect(Collectors.groupingBy(r -> String.valueOf(r.notEligibleReason), Collectors.counting()));
    return Arrays.stream(IneligibilityReason.values()).filter(reason -> byReason.containsKey(reason.name()))
        .map(reason -> new Count(reason.name(), reason.label(), byReason.get(reason.name()))).toList();
  }

  private List<Timeliness> timeliness(List<ReferralFacts> referrals) {
    List<Timeliness> rows = new ArrayList<>();
    for (TimedStep step : TIMED) {
      List<Integer> taken = referrals.stream()
          .filter(r -> step.start().apply(r) != null && step.end().apply(r) != null)
          .map(r -> calendar.workingDaysBetween(step.start().apply(r), step.end().apply(r))).toList();
      Integer target = step.deadline() == null ? null : deadlines.step(step.deadline()).target();
      Long within = target == null ? null : taken.stream().filter(days -> days <= target).count();
      rows.add(new Timeliness(step.step(), step.label(), step.from(), target, taken.size(), within,
          within == null ? null : percent(within, taken.size()), median(taken)));
    }
    return rows;
  }

  private static Activity activity(List<ReferralFacts> referrals) {
    long expected = sum(referrals, ReferralFacts::sessionsExpected);
    long recorded = sum(referrals, ReferralFacts::sessionsRecorded);
    long attended = sum(referrals, ReferralFacts::sessionsAttended);
    long late = sum(referrals, r -> r.sessions(Attendance.ATTENDED_LATE));
    long missed = sum(referrals, ReferralFacts::sessionsMissed);
    long notHeld = sum(referrals, r -> r.sessions(Attendance.DID_NOT_HAPPEN) + r.sessions(Attendance.RESCHEDULED));
    List<ReferralFacts.Onward> onward = referrals.stream().flatMap(r -> r.onwardReferrals.stream()).toList();
    List<OnwardReferrals> byService = new ArrayList<>();
    for (ServiceType type : ServiceType.values()) {
      List<ReferralFacts.Onward> made = onward.stream().filter(o -> o.serviceType() == type).toList();
      if (!made.isEmpty()) {
        long confirmed = made.stream().filter(ReferralFacts.Onward::confirmedAttended).count();
        byService.add(new OnwardReferrals(type.name(), type.label(), made.size(),
            made.stream().filter(o -> o.followUp() != null).count(), confirmed, percent(confirmed, made.size())));
      }
    }
    return new Activity(expected, recorded, attended, late, missed, percent(missed, attended + missed), notHeld,
        byService);
  }

  private static Outcomes outcomes(List<ReferralFacts> referrals) {
    List<ReferralFacts> exits = referrals.stream().filter(ReferralFacts::isExited).toList();
    List<ServiceReport.ExitReasonGroup> reasons = new ArrayList<>();
    for (ExitReasonGroup group : ExitReasonGroup.values()) {
      List<Count> inGroup = Arrays.stream(ExitReason.values()).filter(reason -> reason.group() == group)
          .map(reason -> new Count(reason.name(), reason.label(), exits.stream().filter(e -> e.exitReason == reason)
              .count()))
          .filter(count -> count.count() > 0).toList();
      reasons.add(new ServiceReport.ExitReasonGroup(group.name(), group.label(),
          inGroup.stream().mapToLong(Count::count).sum(), inGroup));
    }
    return new Outcomes(endStates(referrals), referrals.stream().filter(r -> r.endState == null).count(), reasons,
        goals(exits), wellbeing(exits),
        registrations(exits, r -> r.gpAtAssessment, r -> r.gpAtExit),
        registrations(exits, r -> r.dentistAtAssessment, r -> r.dentistAtExit), smoking(exits));
  }

  private static List<Count> endStates(List<ReferralFacts> referrals) {
    return Arrays.stream(EndState.values()).map(state -> new Count(state.name(), state.label(),
        referrals.stream().filter(r -> r.endState == state).count())).toList();
  }

  private static Goals goals(List<ReferralFacts> exits) {
    List<GoalAchievement> rated = exits.stream().flatMap(e -> e.goalOutcomes.stream()).toList();
    long achieved = rated.stream().filter(g -> g == GoalAchievement.ACHIEVED).count();
    long partly = rated.stream().filter(g -> g == GoalAchievement.PARTLY_ACHIEVED).count();
    // In half points, so that the score is exact: achieved 2, partly 1, not 0, of 2 a goal.
    return new Goals(exits.stream().filter(e -> !e.goalOutcomes.isEmpty()).count(), rated.size(), achieved, partly,
        rated.size() - achieved - partly, percent(2 * achieved + partly, 2L * rated.size()));
  }

  private static Wellbeing wellbeing(List<ReferralFacts> exits) {
    List<ReferralFacts> pairs = exits.stream().filter(ReferralFacts::hasWellbeingPair).toList();
    return new Wellbeing(exits.size(), pairs.size(), percent(pairs.size(), exits.size()),
        mean(pairs.stream().map(p -> p.wellbeingAtAssessment).toList()),
        mean(pairs.stream().map(p -> p.wellbeingAtExit).toList()),
        mean(pairs.stream().map(p -> p.wellbeingAtExit - p.wellbeingAtAssessment).toList()));
  }

  private static Registrations registrations(List<ReferralFacts> exits, Function<ReferralFacts, Boolean> atAssessment,
      Function<ReferralFacts, Boolean> atExit) {
    List<ReferralFacts> notRegistered = exits.stream()
        .filter(e -> Boolean.FALSE.equals(atAssessment.apply(e)) && atExit.apply(e) != null).toList();
    long registered = notRegistered.stream().filter(e -> atExit.apply(e)).count();
    return new Registrations(notRegistered.size(), registered, percent(registered, notRegistered.size()));
  }

  private static Smoking smoking(List<ReferralFacts> exits) {
    List<ReferralFacts> smokers = exits.stream()
        .filter(e -> SmokingStatus.SMOKER.name().equals(e.smokingAtAssessment) && e.smokingAtExit != null).toList();
    long stopped = smokers.stream().filter(e -> !SmokingStatus.SMOKER.name().equals(e.smokingAtExit)).count();
    return new Smoking(smokers.size(), stopped, percent(stopped, smokers.size()));
  }

  private static Equity equity(List<ReferralFacts> referrals) {
    // One pass shares the referrals out; a group's members keep the report's order.
    Map<String, List<ReferralFacts>> byBand = new HashMap<>();
    Map<String, List<ReferralFacts>> bySexCode = new HashMap<>();
    for (ReferralFacts referral : referrals) {
      byBand.computeIfAbsent(referral.ageBand == null ? "NOT_KNOWN" : referral.ageBand, band -> new ArrayList<>())
          .add(referral);
      bySexCode.computeIfAbsent(referral.sex == null ? "NOT_KNOWN" : referral.sex, sex -> new ArrayList<>())
          .add(referral);
    }
    List<Group> byAge = new ArrayList<>();
    for (String band : AgeBand.BANDS) {
      addGroup(byAge, band, band, byBand.getOrDefault(band, List.of()));
    }
    addGroup(byAge, "NOT_KNOWN", AgeBand.NOT_KNOWN, byBand.getOrDefault("NOT_KNOWN", List.of()));
    List<Group> bySex = new ArrayList<>();
    for (Sex sex : Sex.values()) {
      addGroup(bySex, sex.name(), sex.label(), bySexCode.getOrDefault(sex.name(), List.of()));
    }
    addGroup(bySex, "NOT_KNOWN", "Not known", bySexCode.getOrDefault("NOT_KNOWN", List.of()));
    return new Equity(byAge, bySex);
  }

  private static void addGroup(List<Group> groups, String code, String label, List<ReferralFacts> members) {
    if (!members.isEmpty()) {
      List<ReferralFacts> exits = members.stream().filter(ReferralFacts::isExited).toList();
      groups.add(new Group(code, label, members.size(), funnel(members), endStates(members), goals(exits),
          wellbeing(exits)));
    }
  }

  private static List<Completeness> completeness(List<ReferralFacts> referrals) {
    List<ReferralFacts> assessed = referrals.stream().filter(ReferralFacts::isAssessed).toList();
    List<ReferralFacts> exits = referrals.stream().filter(ReferralFacts::isExited).toList();
    List<ReferralFacts> withGoals = exits.stream().filter(e -> e.goalsSet > 0).toList();
    List<ReferralFacts> notCollected = exits.stream().filter(e -> !e.measuresNotCollected.isEmpty()).toList();
    List<ReferralFacts.Onward> onward = referrals.stream().flatMap(r -> r.onwardReferrals.stream()).toList();
    return List.of(
        completeness("age-band", "Age band", referrals, r -> r.ageBand != null),
        completeness("sex", "Sex", referrals, r -> r.sex != null),
        completeness("eligibility", "Eligibility decision", referrals, r -> r.eligible != null),
        completeness("wellbeing-at-assessment", "SWEMWBS at assessment", assessed,
            r -> r.wellbeingAtAssessment != null),
        completeness("wellbeing-at-exit", "SWEMWBS at exit", exits, r -> r.wellbeingAtExit != null),
        completeness("wellbeing-paired", "SWEMWBS at both assessment and exit", exits,
            ReferralFacts::hasWellbeingPair),
        completeness("confidence-at-exit", "Confidence to change at exit", exits, r -> r.confidenceAtExit != null),
        completeness("gp-at-exit", "GP registration at exit", exits, r -> r.gpAtExit != null),
        completeness("dentist-at-exit", "Dentist registration at exit", exits, r -> r.dentistAtExit != null),
        completeness("smoking-at-exit", "Smoking status at exit", exits, r -> r.smokingAtExit != null),
        completeness("goal-outcomes", "Every goal rated at exit", withGoals, r -> r.goalOutcomes.size() >= r.goalsSet),
        completeness("not-collected-reason", "A reason for exit measures not collected", notCollected,
            r -> r.notCollectedReason != null),
        new Completeness("follow-up", "Follow-up outcome of onward referrals",
            onward.stream().filter(o -> o.followUp() != null).count(), onward.size(),
            percent(onward.stream().filter(o -> o.followUp() != null).count(), onward.size())),
        completeness("exit-summary", "Exit summary written", exits, r -> r.exitSummaryOn != null));
  }

  private static Completeness completeness(String measure, String label, List<ReferralFacts> expected,
      Predicate<ReferralFacts> recorded) {
    long have = expected.stream().filter(recorded).count();
    return new Completeness(measure, label, have, expected.size(), percent(have, expected.size()));
  }

  private static long sum(List<ReferralFacts> referrals, ToIntFunction<ReferralFacts> count) {
    return referrals.stream().mapToLong(count::applyAsInt).sum();
  }
}
