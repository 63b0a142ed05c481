package org.ohtpathway.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_EXIT;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_SUPPORT_SESSION;
import static org.ohtpathway.process.PathwayModel.TASK_REVIEW_DISENGAGEMENT;
import static org.ohtpathway.process.PathwayModel.TASK_REVIEW_PROGRESS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.caseview.CaseView;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.exit.ExitService;
import org.ohtpathway.exit.GoalAchievement;
import org.ohtpathway.exit.GoalOutcome;
import org.ohtpathway.form.FormRejectedException;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.referral.HealthNeed;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.review.ReviewDecision;
import org.ohtpathway.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Revising the personal health plan at a review, through the engine and the review forms as
 * staff submit them: goals added, changed and closed make the plan's next version, the earlier
 * versions stay readable, and what comes after (sessions, the exit, the case) reads the version
 * in force. The plan of {@link Pathway#referToSessions}: goal 1 "Stop smoking", goal 2 "Register
 * with a GP", both due in eight weeks.
 */
@PathwayTest
class PlanRevisionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REASON = "Has cut down; wants to get more active.";

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired ReviewService reviews;
  @Autowired ExitService exits;
  @Autowired ReferralService referrals;
  @Autowired CaseView caseView;

  Pathway pathway;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    pathway = new Pathway(engine);
  }

  // what the review form sends ////////////////////////////////////////////

  static LocalDate inWeeks(int weeks) {
    return ServiceClock.today().plusWeeks(weeks);
  }

  /** A row of the review's current goals as the form sends it back, unchanged unless the test changes it. */
  static Map<String, Object> goal(int number, String goal, String steps, LocalDate target) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("goalNumber", number);
    row.put("goal", goal);
    row.put("steps", steps);
    row.put("targetDate", target.toString());
    row.put("close", false);
    return row;
  }

  static Map<String, Object> goalOne() {
    return goal(1, "Stop smoking", "Book stop smoking service; set quit date", inWeeks(8));
  }

  static Map<String, Object> goalTwo() {
    return goal(2, "Register with a GP", "Fill in the registration form together", inWeeks(8));
  }

  static Map<String, Object> closed(Map<String, Object> row, String reason, String other) {
    row.put("close", true);
    if (reason != null) {
      row.put("closedReason", reason);
    }
    if (other != null) {
      row.put("closedReasonOther", other);
    }
    return row;
  }

  static Map<String, Object> newGoal(String topic, String goal, String steps, LocalDate target) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("topic", topic);
    row.put("goal", goal);
    row.put("steps", steps);
    row.put("targetDate", target.toString());
    return row;
  }

  /** A progress or disengagement review that revises the plan. */
  static Map<String, Object> review(String decision, Integer sessions, List<Map<String, Object>> current,
      List<Map<String, Object>> added, String why) {
    Map<String, Object> form = Pathway.reviewForm(decision, sessions);
    form.put("currentGoals", Pathway.json(json(current)));
    form.put("newGoals", Pathway.json(json(added.isEmpty() ? List.of(Map.of()) : added)));
    if (why != null) {
      form.put("planRevisionReason", why);
    }
    return form;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode rows(Object jsonValue) {
    try {
      return JSON.readTree(String.valueOf(jsonValue));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Referred, planned for one session, the session attended: the progress review is open. */
  ProcessInstance atTheReview() {
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    assertThat(referral).isWaitingAt(TASK_REVIEW_PROGRESS);
    return referral;
  }

  /** Goal 1 gets new steps and a later target date, goal 2 is achieved, a goal 3 is added; support continues. */
  Map<String, Object> addChangeAndClose() {
    Map<String, Object> one = goalOne();
    one.put("steps", "Quit date set for the 1st; nicotine patches");
    one.put("targetDate", inWeeks(12).toString());
    return review("CONTINUE", 2, List.of(one, closed(goalTwo(), "ACHIEVED", null)),
        List.of(newGoal("PHYSICAL_ACTIVITY", "Walk 30 minutes three times a week", "Plan the walks", inWeeks(10))),
        REASON);
  }

  // revising //////////////////////////////////////////////////////////////

  @Test
  void theReviewShowsTheCurrentGoalsToRevise() {
    ProcessInstance referral = atTheReview();

    Map<String, Object> shown = pathway.formVariables(pathway.task(referral, TASK_REVIEW_PROGRESS));

    assertThat(String.valueOf(shown.get("planVersion"))).startsWith("Version 1, agreed on " + org.ohtpathway.form.ShownDates.day(ServiceClock.today())
        + " by tina: 2 open goal(s)");
    JsonNode goals = rows(shown.get("currentGoals"));
    assertThat(goals).hasSize(2);
    assertThat(goals.get(0).get("goalNumber").asInt()).isEqualTo(1);
    assertThat(goals.get(0).get("topicShown").asText()).isEqualTo("Smoking");
    assertThat(goals.get(0).get("goal").asText()).isEqualTo("Stop smoking");
    assertThat(goals.get(0).get("targetDate").asText()).isEqualTo(inWeeks(8).toString());
    assertThat(goals.get(1).get("goal").asText()).isEqualTo("Register with a GP");
  }

  @Test
  void aReviewAddsChangesAndClosesGoalsInANewVersionAndKeepsTheEarlierOne() {
    ProcessInstance referral = atTheReview();
    Long referralId = pathway.referralId(referral);

    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, addChangeAndClose());

    assertThat(referral).isWaitingAt(TASK_RECORD_SUPPORT_SESSION);
    assertThat(reviews.latestReview(referralId).orElseThrow().getDecision()).isEqualTo(ReviewDecision.CONTINUE);
    assertThat(reviews.sessionsToAttend(referralId)).isEqualTo(3);
    assertThat(plans.planFor(referralId).orElseThrow().getCurrentVersion()).isEqualTo(2);

    List<PlanVersion> versions = plans.versionsOf(referralId);
    assertThat(versions).extracting(PlanVersion::number, PlanVersion::by, PlanVersion::why)
        .containsExactly(tuple(1, DemoUsers.TRAINER, null), tuple(2, DemoUsers.TRAINER, REASON));
    assertThat(versions.get(1).on()).isEqualTo(ServiceClock.today());

    PlanVersion agreed = plans.version(referralId, 1).orElseThrow();
    assertThat(agreed.goals()).extracting(Goal::getNumber, Goal::getSteps, Goal::getTargetDate, Goal::isOpen)
        .containsExactly(tuple(1, "Book stop smoking service; set quit date", inWeeks(8), true),
            tuple(2, "Fill in the registration form together", inWeeks(8), true));

    PlanVersion revised = plans.version(referralId, 2).orElseThrow();
    assertThat(revised.goals()).extracting(Goal::getNumber, Goal::getTopic, Goal::getDescription, Goal::getSteps,
        Goal::getTargetDate, Goal::getChange, Goal::getClosedReason)
        .containsExactly(
            tuple(1, HealthNeed.SMOKING, "Stop smoking", "Quit date set for the 1st; nicotine patches", inWeeks(12),
                GoalChange.CHANGED, null),
            tuple(2, HealthNeed.GP_REGISTRATION, "Register with a GP", "Fill in the registration form together",
                inWeeks(8), GoalChange.CLOSED, GoalClosure.ACHIEVED),
            tuple(3, HealthNeed.PHYSICAL_ACTIVITY, "Walk 30 minutes three times a week", "Plan the walks", inWeeks(10),
                GoalChange.ADDED, null));
    assertThat(revised.goals().get(1).getClosedOn()).isEqualTo(ServiceClock.today());
    assertThat(plans.goalsOf(referralId)).extracting(Goal::getNumber).containsExactly(1, 3);
  }

  @Test
  void aReviewThatChangesNoGoalMakesNoNewVersion() {
    ProcessInstance referral = atTheReview();
    Long referralId = pathway.referralId(referral);

    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER,
        review("CONTINUE", 2, List.of(goalOne(), goalTwo()), List.of(), null));

    assertThat(referral).isWaitingAt(TASK_RECORD_SUPPORT_SESSION);
    assertThat(plans.versionsOf(referralId)).hasSize(1);
    assertThat(plans.planFor(referralId).orElseThrow().getCurrentVersion()).isEqualTo(1);
  }

  @Test
  void aGoalCanBeReworded() {
    ProcessInstance referral = atTheReview();
    Long referralId = pathway.referralId(referral);
    Map<String, Object> one = goalOne();
    one.put("goal", "Cut down to five a day, then stop");

    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER,
        review("CONTINUE", 1, List.of(one, goalTwo()), List.of(), "Stopping at once was too much."));

    assertThat(plans.goalsOf(referralId)).extracting(Goal::getNumber, Goal::getDescription, Goal::getChange)
        .containsExactly(tuple(1, "Cut down to five a day, then stop", GoalChange.CHANGED),
            tuple(2, "Register with a GP", null));
    assertThat(plans.version(referralId, 1).orElseThrow().goals().get(0).getDescription()).isEqualTo("Stop smoking");
  }

  @Test
  void sessionsAfterTheRevisionShowTheNewGoalsAndNotTheClosedOne() {
    ProcessInstance referral = atTheReview();
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, addChangeAndClose());

    Task session = pathway.task(referral, TASK_RECORD_SUPPORT_SESSION);
    JsonNode goals = rows(pathway.formVariables(session).get("goalProgress"));

    List<String> shown = new ArrayList<>();
    goals.forEach(row -> shown.add(row.get("goalNumber").asInt() + " " + row.get("goal").asText()));
    assertThat(shown).containsExactly("1 Smoking: Stop smoking",
        "3 Physical activity: Walk 30 minutes three times a week");
  }

  @Test
  void theNextReviewRevisesTheVersionInForce() {
    ProcessInstance referral = atTheReview();
    Long referralId = pathway.referralId(referral);
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, addChangeAndClose());
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    Task secondReview = pathway.task(referral, TASK_REVIEW_PROGRESS);
    Map<String, Object> shown = pathway.formVariables(secondReview);
    assertThat(String.valueOf(shown.get("planVersion"))).startsWith("Version 2, revised on " + org.ohtpathway.form.ShownDates.day(ServiceClock.today())
        + " by tina (earlier versions kept): 2 open goal(s), 1 closed");
    assertThat(rows(shown.get("currentGoals"))).extracting(row -> row.get("goalNumber").asInt()).containsExactly(1, 3);

    Map<String, Object> one = goal(1, "Stop smoking", "Quit date set for the 1st; nicotine patches", inWeeks(12));
    Map<String, Object> three = goal(3, "Walk 30 minutes three times a week", "Plan the walks", inWeeks(10));
    pathway.submit(secondReview, DemoUsers.TRAINER,
        review("CONTINUE", 1, List.of(closed(one, "OTHER", "Quit with the GP's help instead"), three), List.of(),
            "Goal 1 met another way."));

    assertThat(plans.versionsOf(referralId)).extracting(PlanVersion::number).containsExactly(1, 2, 3);
    assertThat(plans.version(referralId, 3).orElseThrow().goals())
        .extracting(Goal::getNumber, Goal::getChange, Goal::closedAs)
        .containsExactly(tuple(1, GoalChange.CLOSED, "Quit with the GP's help instead"),
            tuple(2, null, "achieved"), tuple(3, null, null));
    assertThat(plans.version(referralId, 2).orElseThrow().openGoals()).extracting(Goal::getNumber)
        .containsExactly(1, 3);
  }

  @Test
  void aDisengagementReviewThatContinuesSupportCanReviseThePlanAndOneThatEndsItLeavesThePlanAlone() {
    ProcessInstance referral = pathway.referToSessions(6);
    Long referralId = pathway.referralId(referral);
    for (int i = 0; i < 3; i++) {
      pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
          Pathway.sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    }
    pathway.submit(referral, TASK_REVIEW_DISENGAGEMENT, DemoUsers.TRAINER, review("CONTINUE", null,
        List.of(goalOne(), closed(goalTwo(), "NO_LONGER_RELEVANT", null)), List.of(), "Registered elsewhere."));
    assertThat(plans.planFor(referralId).orElseThrow().getCurrentVersion()).isEqualTo(2);
    assertThat(plans.goalsOf(referralId)).extracting(Goal::getNumber).containsExactly(1);

    for (int i = 0; i < 3; i++) {
      pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
          Pathway.sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    }
    pathway.submit(referral, TASK_REVIEW_DISENGAGEMENT, DemoUsers.TRAINER,
        review("EXIT", null, List.of(closed(goalOne(), null, null)), List.of(), null));

    assertThat(referral).isWaitingAt(TASK_RECORD_EXIT);
    assertThat(plans.planFor(referralId).orElseThrow().getCurrentVersion()).isEqualTo(2);
  }

  // what reads the goals //////////////////////////////////////////////////

  @Test
  void theExitRatesTheCurrentOpenGoalsAndLeavesOutAGoalNoLongerRelevant() {
    ProcessInstance referral = atTheReview();
    Long referralId = pathway.referralId(referral);
    Map<String, Object> one = goalOne();
    one.put("goal", "Cut down to five a day");
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, review("EXIT", null,
        List.of(one, closed(goalTwo(), "NO_LONGER_RELEVANT", null)), List.of(), "Already registered with a GP."));

    Task exit = pathway.task(referral, TASK_RECORD_EXIT);
    Map<String, Object> shown = pathway.formVariables(exit);
    assertThat(rows(shown.get("goalOutcomes"))).extracting(row -> row.get("goal").asText())
        .containsExactly("Smoking: Cut down to five a day");
    assertThat(String.valueOf(shown.get("goalsClosedAtReview")))
        .contains("Goal 2 (GP registration): Register with a GP", "(no longer relevant): not rated.");

    pathway.submit(exit, DemoUsers.TRAINER, Pathway.exitForm("GOALS_MET", 1));

    assertThat(exits.exitOf(referralId).orElseThrow().getGoalOutcomes())
        .containsExactly(new GoalOutcome(1, GoalAchievement.ACHIEVED));
  }

  @Test
  void aGoalClosedAsAchievedAtAReviewCountsAsAchievedAtExit() {
    ProcessInstance referral = atTheReview();
    Long referralId = pathway.referralId(referral);
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, review("EXIT", null,
        List.of(closed(goalOne(), "ACHIEVED", null), goalTwo()), List.of(), "Has stopped smoking."));
    Task exit = pathway.task(referral, TASK_RECORD_EXIT);
    assertThat(rows(pathway.formVariables(exit).get("goalOutcomes"))).extracting(row -> row.get("goalNumber").asInt())
        .containsExactly(2);

    Map<String, Object> unrated = Pathway.exitForm("GOALS_MET", 0);
    assertThatThrownBy(() -> pathway.submit(exit, DemoUsers.TRAINER, unrated))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Goal 2: say whether the goal was achieved.")
        .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("Goal 1"));

    Map<String, Object> rated = Pathway.exitForm("GOALS_MET", 0);
    rated.put("goalOutcomes", Pathway.json("[{\"goalNumber\":2,\"achievement\":\"PARTLY_ACHIEVED\"}]"));
    pathway.submit(exit, DemoUsers.TRAINER, rated);

    assertThat(exits.exitOf(referralId).orElseThrow().getGoalOutcomes()).containsExactly(
        new GoalOutcome(1, GoalAchievement.ACHIEVED), new GoalOutcome(2, GoalAchievement.PARTLY_ACHIEVED));
  }

  @Test
  void theTimelineSaysThePlanWasRevisedWhoByAndWhenAndOnlyTheHealthTrainerSeesIt() {
    ProcessInstance referral = atTheReview();
    Long referralId = pathway.referralId(referral);
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, addChangeAndClose());

    TimelineEntry revised = plans.timeline(referralId).stream()
        .filter(entry -> entry.title().equals("Plan revised (version 2)")).findFirst().orElseThrow();
    assertThat(revised.by()).isEqualTo(DemoUsers.TRAINER);
    assertThat(revised.on()).isEqualTo(ServiceClock.today());
    assertThat(revised.recordedAt()).isNotNull();
    assertThat(revised.audience()).isEqualTo(Audience.HEALTH);
    assertThat(revised.detail()).contains("Goal 1 changed (Smoking): Stop smoking",
        "Goal 2 closed (achieved) (GP registration): Register with a GP",
        "Goal 3 added (Physical activity): Walk 30 minutes three times a week", "Why: " + REASON);
    assertThat(plans.timeline(referralId).get(0).detail()).as("the plan as agreed")
        .contains("Goal 1 (Smoking): Stop smoking").doesNotContain("Walk");

    Map<String, Object> tina = pathway.as(DemoUsers.TRAINER, () -> caseView.of(referrals.get(referralId)));
    assertThat(titles(tina)).contains("Plan revised (version 2)");
    assertThat(tina.get("plan")).isInstanceOfSatisfying(Map.class, plan -> {
      assertThat(plan.get("version")).isEqualTo(2);
      assertThat((List<?>) plan.get("versions")).hasSize(2);
      assertThat((List<?>) plan.get("closedGoals")).hasSize(1);
    });
    assertThat((List<?>) tina.get("goals")).hasSize(2);

    Map<String, Object> paula = pathway.as(DemoUsers.PRACTITIONER, () -> caseView.of(referrals.get(referralId)));
    Map<String, Object> colin = pathway.as(DemoUsers.COORDINATOR, () -> caseView.of(referrals.get(referralId)));
    for (Map<String, Object> other : List.of(paula, colin)) {
      assertThat(titles(other)).doesNotContain("Plan revised (version 2)");
      assertThat(other).doesNotContainKeys("plan", "goals");
    }
  }

  @SuppressWarnings("unchecked")
  static List<String> titles(Map<String, Object> view) {
    return ((List<Map<String, Object>>) view.get("timeline")).stream().map(entry -> (String) entry.get("title"))
        .toList();
  }

  // refused ///////////////////////////////////////////////////////////////

  @Test
  void aRevisionThatBreaksARuleIsRefusedAtItsFieldsAndNothingIsRecorded() {
    ProcessInstance referral = atTheReview();
    Long referralId = pathway.referralId(referral);
    Task task = pathway.task(referral, TASK_REVIEW_PROGRESS);
    Map<String, Object> one = goalOne();
    one.put("targetDate", ServiceClock.today().minusDays(3).toString());
    Map<String, Object> form = review("CONTINUE", 2, List.of(one, closed(goalTwo(), null, null)),
        List.of(newGoal("ALCOHOL", "Two dry days a week", "Diary", ServiceClock.today())), null);

    assertThatThrownBy(() -> pathway.submit(task, DemoUsers.TRAINER, form))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Goal 1, target date: cannot be in the past.")
        .hasMessageContaining("Goal 2, why it is closed: is required.")
        .hasMessageContaining("New goal 1, target date: must be after the date of the review.")
        .hasMessageContaining("Why the plan was revised: is required.");

    assertThat(pathway.task(referral, TASK_REVIEW_PROGRESS).getId()).isEqualTo(task.getId());
    assertThat(reviews.reviewsOf(referralId)).isEmpty();
    assertThat(plans.versionsOf(referralId)).hasSize(1);
  }

  @Test
  void closingAGoalForAnOtherReasonNeedsTheReasonInWords() {
    ProcessInstance referral = atTheReview();
    Task task = pathway.task(referral, TASK_REVIEW_PROGRESS);

    assertThatThrownBy(() -> pathway.submit(task, DemoUsers.TRAINER,
        review("CONTINUE", 2, List.of(goalOne(), closed(goalTwo(), "OTHER", null)), List.of(), REASON)))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Goal 2, other reason: is required.");
  }

  @Test
  void aGoalEmptiedOfItsWordingIsRefused() {
    ProcessInstance referral = atTheReview();
    Task task = pathway.task(referral, TASK_REVIEW_PROGRESS);
    Map<String, Object> one = goalOne();
    one.put("goal", " ");

    assertThatThrownBy(() -> pathway.submit(task, DemoUsers.TRAINER,
        review("CONTINUE", 2, List.of(one, goalTwo()), List.of(), REASON)))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Goal 1, goal: is required.");
  }

  @Test
  void supportThatContinuesKeepsAtLeastOneOpenGoal() {
    ProcessInstance referral = atTheReview();
    Task task = pathway.task(referral, TASK_REVIEW_PROGRESS);

    assertThatThrownBy(() -> pathway.submit(task, DemoUsers.TRAINER, review("CONTINUE", 2,
        List.of(closed(goalOne(), "ACHIEVED", null), closed(goalTwo(), "ACHIEVED", null)), List.of(), REASON)))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Goals: support continues, so the plan needs at least one open goal");
  }

  @Test
  void aChangeToAGoalThatIsNotThisPlansIsRefusedEvenIfAnotherReferralsPlanHasIt() {
    ProcessInstance other = pathway.referToAssessment();
    pathway.submit(other, "Task_AssessHealthAndWellbeing", DemoUsers.TRAINER, Pathway.assessmentForm(false));
    pathway.submit(other, "Task_AgreeHealthPlan", DemoUsers.TRAINER, Pathway.planForm(1, 3));
    Long otherId = pathway.referralId(other);
    assertThat(plans.goalsOf(otherId)).extracting(Goal::getNumber).containsExactly(1, 2, 3);
    ProcessInstance referral = atTheReview();
    Long referralId = pathway.referralId(referral);
    Task task = pathway.task(referral, TASK_REVIEW_PROGRESS);

    Map<String, Object> othersGoal = goal(3, "Walk 30 minutes three times a week", "Walk every day", inWeeks(9));
    Map<String, Object> noSuchGoal = closed(goal(7, "Anything", "Anything", inWeeks(9)), "ACHIEVED", null);
    assertThatThrownBy(() -> pathway.submit(task, DemoUsers.TRAINER,
        review("CONTINUE", 2, List.of(goalOne(), othersGoal, noSuchGoal), List.of(), REASON)))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Goal 3: is not one of the goals of this person's plan")
        .hasMessageContaining("Goal 7: is not one of the goals of this person's plan");

    assertThat(plans.versionsOf(otherId)).hasSize(1);
    assertThat(plans.goalsOf(otherId).get(2).getSteps()).isEqualTo("Plan walks");
    assertThat(plans.versionsOf(referralId)).hasSize(1);
  }

  @Test
  void aGoalSentTwiceOrClosedAtAnEarlierReviewCannotBeChanged() {
    ProcessInstance referral = atTheReview();
    Long referralId = pathway.referralId(referral);
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, addChangeAndClose());
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    Task task = pathway.task(referral, TASK_REVIEW_PROGRESS);

    Map<String, Object> reopened = goalTwo();
    reopened.put("steps", "Try again");
    Map<String, Object> one = goal(1, "Stop smoking", "Quit date set for the 1st; nicotine patches", inWeeks(12));
    Map<String, Object> oneAgain = goal(1, "Stop smoking", "Something else", inWeeks(12));
    assertThatThrownBy(() -> pathway.submit(task, DemoUsers.TRAINER,
        review("CONTINUE", 2, List.of(one, oneAgain, reopened), List.of(), REASON)))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Goal 1: is sent twice: change each goal once.")
        .hasMessageContaining("Goal 2: was closed at an earlier review (achieved): it cannot be changed or closed"
            + " again. Add a new goal instead.");
    assertThat(plans.versionsOf(referralId)).hasSize(2);
  }

  @Test
  void theServiceRefusesARevisionAsTheFormDoes() {
    ProcessInstance referral = atTheReview();
    Long referralId = pathway.referralId(referral);
    PlanRevisionRequest revision = new PlanRevisionRequest(ServiceClock.today(), "Because",
        List.of(new GoalRevision(2, "Register with a GP", "Fill in the registration form together", inWeeks(8), true,
            null, null), new GoalRevision(5, "x", "y", inWeeks(8), false, null, null)),
        List.of());

    assertThatThrownBy(() -> plans.revise(referralId, revision, DemoUsers.TRAINER))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Goal 2, why it is closed: is required.")
        .hasMessageContaining("Goal 5: is not one of the goals of this person's plan");
    assertThat(plans.versionsOf(referralId)).hasSize(1);
  }

  // plans agreed before versions //////////////////////////////////////////

  /** The migration makes every plan already agreed its version 1, every goal of it open. */
  @Test
  void aPlanAgreedBeforePlanVersionsIsItsVersionOneWithItsGoalsOpen() {
    DriverManagerDataSource database = new DriverManagerDataSource(
        "jdbc:h2:mem:plan-versions-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    migrate(database, "9");
    JdbcTemplate jdbc = new JdbcTemplate(database);
    jdbc.update("insert into health_plan (id, referral_id, recorded_at, recorded_by, agreed_on, planned_sessions)"
        + " values (1, 41, current_timestamp, 'tina', date '2026-03-02', 6)");
    jdbc.update("insert into goal (id, number, target_date, plan_id, description, steps, topic)"
        + " values (1, 1, date '2026-05-01', 1, 'Stop smoking', 'Quit date', 'SMOKING'),"
        + " (2, 2, date '2026-05-01', 1, 'Register with a GP', 'The form', 'GP_REGISTRATION')");

    migrate(database, "12");

    assertThat(jdbc.queryForObject("select current_version from health_plan where id = 1", Integer.class))
        .isEqualTo(1);
    assertThat(jdbc.queryForList("select number, plan_version, change_made, closed_reason from goal order by number"))
        .extracting(row -> List.of(row.get("NUMBER"), row.get("PLAN_VERSION"), String.valueOf(row.get("CHANGE_MADE")),
            String.valueOf(row.get("CLOSED_REASON"))))
        .containsExactly(List.of(1, 1, "null", "null"), List.of(2, 1, "null", "null"));
    assertThat(jdbc.queryForObject("select count(*) from plan_revision", Integer.class)).isZero();
  }

  private static void migrate(DataSource database, String target) {
    Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
  }
}
