package org.ohtpathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.reporting.ReportFixture.MARCH_1;
import static org.ohtpathway.reporting.ReportFixture.MARCH_31;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The performance dataset and the event log of {@link ReportFixture}'s March, value by value. */
@PathwayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsTest {

  static final ReportPeriod MARCH = new ReportPeriod(MARCH_1, MARCH_31);

  /** What each column may hold: codes, dates, counts, scores, yes or no. Never a name, CRN, address or text. */
  static final Map<String, Pattern> COLUMN_VALUES = Map.ofEntries(
      Map.entry("case_id", Pattern.compile("[0-9a-f]{32}")),
      Map.entry("age_band", Pattern.compile("under 18|18-24|25-34|35-44|45-54|55-64|65\\+|")),
      Map.entry("goal_achievement_score", Pattern.compile("(0|1)\\.\\d\\d|")));
  static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|");
  static final Pattern COUNT = Pattern.compile("\\d{1,3}|");
  static final Pattern YES_NO = Pattern.compile("true|false|");
  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*|");

  @Autowired ProcessEngine engine;
  @Autowired ReferralService referrals;
  @Autowired PerformanceDataset performance;
  @Autowired EventLog events;
  @Autowired ReportsProperties properties;
  @Autowired JdbcTemplate jdbc;

  ReportFixture fixture;
  Pseudonyms pseudonyms;

  @BeforeAll
  void buildTheReferralsOfMarch() {
    fixture = ReportFixture.march(engine, referrals);
    pseudonyms = new Pseudonyms(properties.pseudonymKey());
  }

  @Test
  void thePerformanceDatasetHasARowPerReferralWithItsMilestonesAndOutcome() throws IOException {
    List<String> lines = performanceDataset();
    assertThat(lines.get(0)).isEqualTo(String.join(",", PerformanceDataset.COLUMNS));
    assertThat(lines.subList(1, lines.size())).containsExactly(
        row("R1", "2026-03-02,25-34,MALE,true,,MEDIUM,2026-03-02,2026-03-03,true,2026-03-05,2026-03-06,2,2,2,2,0,2,"
            + "2026-03-10,GOALS_MET,COMPLETED,2,0.75,18,28,2026-03-11,COMPLETED,false"),
        row("R2", "2026-03-02,25-34,MALE,true,,MEDIUM,2026-03-05,2026-03-16,true,2026-03-18,2026-03-27,1,2,3,1,2,0,"
            + "2026-04-01,NOT_ENGAGED,PERSON,1,0.00,18,,2026-04-13,ENDED_EARLY,false"),
        row("R3", "2026-03-03,under 18,FEMALE,false,UNDER_18,,,,,,,,,0,0,0,0,,,,,,,,,DECLINED,false"),
        row("R4", "2026-03-04,45-54,FEMALE,true,,MEDIUM,2026-03-04,2026-03-06,true,,,,,0,0,0,0,,,,,,,,,DECLINED,false"),
        row("R5", "2026-03-05,25-34,MALE,true,,MEDIUM,2026-03-06,2026-03-09,false,,,,,0,0,0,0,,,,,,,,,"
            + "ENDED_EARLY,false"),
        row("R6", "2026-03-09,25-34,MALE,true,,MEDIUM,2026-03-09,,,,,,,0,0,0,0,,,,,,,,,WITHDRAWN,false"),
        row("R7", "2026-03-10,25-34,MALE,true,,MEDIUM,2026-03-10,2026-03-11,true,2026-03-12,2026-03-13,0,3,1,1,0,0,"
            + ",,,,,,,,WITHDRAWN,true"),
        row("R8", "2026-03-11,18-24,MALE,true,,MEDIUM,2026-03-11,2026-03-12,true,2026-03-13,2026-03-16,1,4,1,1,0,1,"
            + ",,,,,18,,,,false"));
  }

  @Test
  void noExportHoldsAnythingThatIdentifiesThePerson() throws IOException {
    List<String> lines = performanceDataset();
    List<String> columns = PerformanceDataset.COLUMNS;
    for (String line : lines.subList(1, lines.size())) {
      String[] values = line.split(",", -1);
      assertThat(values).hasSameSizeAs(columns.toArray());
      for (int i = 0; i < values.length; i++) {
        assertThat(values[i]).as("%s in %s", columns.get(i), line).matches(patternOf(columns.get(i)));
      }
    }
    String everything = String.join("\n", lines) + eventLogCsv() + eventLogXes();
    for (String identifier : identifiersOfTheFixture()) {
      assertThat(everything).as("exports").doesNotContainIgnoringCase(identifier);
    }
    List<String> eventLines = eventLogCsv().lines().toList();
    assertThat(eventLines.get(0)).isEqualTo(String.join(",", EventLog.COLUMNS));
    for (String line : eventLines.subList(1, eventLines.size())) {
      assertThat(line)
          .matches("[0-9a-f]{32},[A-Za-z ,'-]+,[A-Za-z_]+,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,[a-z-]+");
    }
  }

  @Test
  void theCaseIdIsTheSameForTheSameReferralAndKeyAndCannotBeMadeWithoutTheKey() throws IOException {
    assertThat(performanceDataset()).isEqualTo(performanceDataset());
    String r1 = pseudonyms.caseId(fixture.id("R1"));
    assertThat(performanceDataset().get(1)).startsWith(r1 + ",");
    assertThat(eventLogCsv()).contains(r1 + ",Referral received,");
    assertThat(new Pseudonyms("another key of at least thirty-two characters").caseId(fixture.id("R1")))
        .isNotEqualTo(r1).matches("[0-9a-f]{32}");
  }

  @Test
  void theEventLogHasEveryCompletedStepOfEachCaseWithItsTimeAndRole() throws IOException {
    String r1 = pseudonyms.caseId(fixture.id("R1"));
    List<String> steps = eventLogCsv().lines().filter(line -> line.startsWith(r1 + ","))
        .map(line -> line.substring(r1.length() + 1)).sorted().toList();
    assertThat(steps).isEqualTo(List.of(
        "Agree personal health plan,Task_AgreeHealthPlan,2026-03-06T10:00:00Z,health-trainers",
        "Assess health and wellbeing,Task_AssessHealthAndWellbeing,2026-03-05T10:00:00Z,health-trainers",
        "Check eligibility,ServiceTask_CheckEligibility,2026-03-02T10:00:00Z,system",
        "Completed,EndEvent_Completed,2026-03-11T10:00:00Z,system",
        "Decide whether a review is due,ServiceTask_DecideNextStep,2026-03-09T10:00:00Z,system",
        "Decide whether a review is due,ServiceTask_DecideNextStep,2026-03-10T10:00:00Z,system",
        "Follow up onward referral,Task_FollowUpOnwardReferral,2026-03-11T10:00:00Z,health-trainers",
        "Follow up onward referral,Task_FollowUpOnwardReferral,2026-03-11T10:00:00Z,health-trainers",
        "Read exit summary,Task_ReadExitSummary,2026-03-11T10:00:00Z,probation-practitioners",
        "Record exit and outcomes,Task_RecordExit,2026-03-10T10:00:00Z,health-trainers",
        "Record first contact attempt,Task_RecordContactAttempt,2026-03-03T10:00:00Z,health-trainers",
        "Record support session,Task_RecordSupportSession,2026-03-09T10:00:00Z,health-trainers",
        "Record support session,Task_RecordSupportSession,2026-03-10T10:00:00Z,health-trainers",
        "Referral received,StartEvent_ReferralReceived,2026-03-02T10:00:00Z,probation-practitioners",
        "Review progress,Task_ReviewProgress,2026-03-10T10:00:00Z,health-trainers",
        "Suggest priority,ServiceTask_SuggestPriority,2026-03-02T10:00:00Z,system",
        "Triage and allocate referral,Task_TriageAndAllocate,2026-03-02T10:00:00Z,oht-coordinators",
        "Write exit summary for probation,Task_WriteExitSummary,2026-03-11T10:00:00Z,health-trainers"));

    String r6 = pseudonyms.caseId(fixture.id("R6"));
    assertThat(eventLogCsv().lines().filter(line -> line.startsWith(r6 + ",")).map(line -> line.split(",")[1]))
        .as("a task cancelled by the withdrawal is not a completed step")
        .containsExactly("Referral received", "Check eligibility", "Suggest priority", "Triage and allocate referral",
            "Withdrawn by the probation practitioner", "Withdrawn");
    String r2 = pseudonyms.caseId(fixture.id("R2"));
    assertThat(eventLogCsv()).contains(r2 + ",Assessment overdue,BoundaryEvent_AssessHealthAndWellbeingEscalation,"
        + "2026-03-17T10:00:00Z,system");
    Set<String> cases = eventLogCsv().lines().skip(1).map(line -> line.split(",")[0]).collect(Collectors.toSet());
    assertThat(cases).hasSize(8).doesNotContain(pseudonyms.caseId(fixture.id("R9")));
  }

  @Test
  void theEventLogAsXesHasATracePerCaseAndAnEventPerStep() throws IOException {
    String xes = eventLogXes();
    assertThat(xes).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><log xes.version=\"1849.2016\"");
    assertThat(xes.split("<trace>", -1)).hasSize(9);
    assertThat(xes.split("<event>", -1).length - 1).isEqualTo(eventLogCsv().lines().count() - 1);
    assertThat(xes).contains("<string key=\"concept:name\" value=\"" + pseudonyms.caseId(fixture.id("R1")) + "\"/>")
        .contains("<date key=\"time:timestamp\" value=\"2026-03-02T10:00:00.000Z\"/>");
  }

  private List<String> performanceDataset() throws IOException {
    StringWriter out = new StringWriter();
    performance.write(MARCH, pseudonyms, out);
    return out.toString().lines().toList();
  }

  private String eventLogCsv() throws IOException {
    StringWriter out = new StringWriter();
    events.writeCsv(MARCH, pseudonyms, out);
    return out.toString();
  }

  private String eventLogXes() throws IOException {
    StringWriter out = new StringWriter();
    events.writeXes(MARCH, pseudonyms, out);
    return out.toString();
  }

  private String row(String name, String rest) {
    return pseudonyms.caseId(fixture.id(name)) + "," + rest;
  }

  private static Pattern patternOf(String column) {
    if (COLUMN_VALUES.containsKey(column)) {
      return COLUMN_VALUES.get(column);
    }
    if (column.endsWith("_on")) {
      return DATE;
    }
    if (Set.of("eligible", "reached_at_first_contact", "details_removed").contains(column)) {
      return YES_NO;
    }
    if (column.startsWith("sessions_") || column.startsWith("goals_") || column.startsWith("swemwbs_")
        || column.equals("onward_referrals")) {
      return COUNT;
    }
    return CODE;
  }

  /** The CRN, reference, names, contact details and postcode of every referral of the fixture. */
  private List<String> identifiersOfTheFixture() {
    List<String> identifiers = new ArrayList<>(List.of("Alex", "Example", "07700 900123", "alex@example.org",
        "OL11 2AB", "Paula"));
    for (String name : fixture.referrals.keySet()) {
      Referral referral = referrals.get(fixture.id(name));
      identifiers.add(referral.getReference());
      identifiers.add(String.valueOf(referral.getProcessInstanceId()));
      jdbc.queryForList("select crn from person where id = (select person_id from referral where id = ?)",
          String.class, referral.getId()).stream().filter(crn -> crn != null).forEach(identifiers::add);
    }
    assertThat(identifiers).hasSizeGreaterThan(20);
    return Arrays.asList(identifiers.toArray(String[]::new));
  }
}
