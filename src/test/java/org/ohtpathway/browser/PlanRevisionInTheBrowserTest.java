package org.ohtpathway.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.plan.Goal;
import org.ohtpathway.plan.GoalChange;
import org.ohtpathway.plan.GoalClosure;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Revising the plan at a progress review in Tasklist, as the Health Trainer does: the review
 * form shows the goals in force; she closes the first as achieved (the reason appears once she
 * ticks the box), gives the second new steps, adds a goal, says why, and completes the review;
 * the case page then shows the plan's versions and its open and closed goals.
 * Its screenshot is the staff guide's (-Dbrowser.screenshots=docs/images/staff-guide).
 */
@HttpTest
class PlanRevisionInTheBrowserTest extends InTheBrowser {

  @Autowired PlanService plans;
  @Autowired CaseProgress progress;



  @Test
  void theTrainerClosesChangesAndAddsGoalsOnTheReviewForm() {
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, PathwayModel.TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
        Pathway.sessionForm("ATTENDED"));
    Task review = pathway.task(referral, PathwayModel.TASK_REVIEW_PROGRESS);
    Long referralId = pathway.referralId(referral);
    try {
      new Tasklist(browser).logIn(DemoUsers.TRAINER);
      browser.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
      browser.waitFor(By.xpath("//*[contains(@class,'task-details')]//*[normalize-space()='Review progress']"));
      CamundaForm form = new CamundaForm(browser, "progress-review");
      browser.waitFor(By.cssSelector("[id$='-Field_currentGoal_1']"));

      Map<String, Object> values = new LinkedHashMap<>();
      values.put("reviewedOn", ServiceClock.today());
      values.put("decision", "CONTINUE");
      values.put("additionalSessions", 2);
      values.put("reviewNote", "Has stopped smoking; GP registration still to do.");
      values.put("currentGoals", List.of(
          ordered("close", true, "closedReason", "ACHIEVED"),
          Map.of("steps", "Go to the surgery together on Monday")));
      values.put("newGoals", List.of(orderedGoal()));
      values.put("planRevisionReason", "Goal 1 met; the person wants to see a dentist.");
      form.fill(values);
      browser.scrollToTop(By.cssSelector("[id$='-Field_shown_planVersion']"));
      browser.screenshot("16-review-plan-revision");
      assertThat(new Tasklist(browser).complete()).isEqualTo("completed");

      // The case page shows the version in force, the earlier one, the open and the closed goals.
      String reference = progress.ofProcessInstance(referral.getId()).orElseThrow().getReference();
      browser.open("/cases/" + reference);
      new WebDriverWait(browser.driver, Browser.WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
          By.id("plan-version"), "Plan version 2"));
      assertThat(browser.driver.findElement(By.id("plan-version")).getText())
          .contains("version 1 agreed", "version 2 revised", "Earlier versions are kept");
      assertThat(browser.driver.findElement(By.id("goals")).getText())
          .contains("GP registration: Register with a GP", "Dental health: See a dentist for a check-up")
          .doesNotContain("Stop smoking");
      assertThat(browser.driver.findElement(By.id("closed-goals")).getText())
          .contains("Smoking: Stop smoking", "(achieved)");
      assertThat(browser.driver.findElement(By.id("timeline")).getText()).contains("Plan revised (version 2)");
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("plan-revision-failed-step");
      throw e;
    }

    assertThat(plans.planFor(referralId).orElseThrow().getCurrentVersion()).isEqualTo(2);
    assertThat(plans.version(referralId, 2).orElseThrow().goals())
        .extracting(Goal::getNumber, Goal::getSteps, Goal::getChange, Goal::getClosedReason)
        .containsExactly(
            tuple(1, "Book stop smoking service; set quit date", GoalChange.CLOSED, GoalClosure.ACHIEVED),
            tuple(2, "Go to the surgery together on Monday", GoalChange.CHANGED, null),
            tuple(3, "Book a check-up", GoalChange.ADDED, null));
  }

  /** The cells of a row in the order given: the reason shows once the box is ticked. */
  private static Map<String, Object> ordered(String key, Object value, String nextKey, Object nextValue) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(key, value);
    row.put(nextKey, nextValue);
    return row;
  }

  private static Map<String, Object> orderedGoal() {
    Map<String, Object> goal = new LinkedHashMap<>();
    goal.put("topic", "DENTAL_HEALTH");
    goal.put("goal", "See a dentist for a check-up");
    goal.put("steps", "Book a check-up");
    goal.put("targetDate", ServiceClock.today().plusWeeks(6));
    return goal;
  }
}
