package org.ohtpathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.referral.ReferralService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case view in a real browser: the Health Trainer opens the Case tab of her session task in
 * Tasklist and reads the earlier session's note, adds a note on the case page, and the
 * coordinator reallocates the case to the other Health Trainer through its Actions section, so
 * the session task is his and no longer hers, and the practitioner finds her referral on her
 * caseload page with its stage. Screenshots go to
 * target/screenshots (or -Dbrowser.screenshots; docs/images/cases for the staff guide).
 */
@HttpTest
class CaseInTheBrowserTest extends InTheBrowser {

  static final String SESSION_NOTE = "Talked through cravings.";

  @Autowired CaseProgress progress;
  @Autowired ReferralService referrals;



  @Test
  void theTrainerReadsTheCaseBesideHerTaskTheCoordinatorReallocatesItAndThePractitionerFindsHerReferral() {
    try {
      walk();
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("case-failed-step");
      throw e;
    }
  }

  private void walk() {
    ProcessInstance referral = pathway.referToSessions(6);
    pathway.submit(referral, PathwayModel.TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
        Pathway.sessionForm("ATTENDED"));
    String reference = progress.ofProcessInstance(referral.getId()).orElseThrow().getReference();
    Task next = pathway.task(referral, PathwayModel.TASK_RECORD_SUPPORT_SESSION);

    // 1. tina opens her next session task and its Case tab: the earlier session's note is there.
    tasklist.logIn(DemoUsers.TRAINER);
    assertThat(browser.waitFor(By.cssSelector("a.oht-cases-link")).getText()).isEqualTo("Cases");
    browser.open("/camunda/app/tasklist/default/#/?task=" + next.getId());
    browser.waitFor(By.xpath("//*[contains(@class,'task-details')]//*[normalize-space()='Record support session']"));
    browser.click(By.xpath("//*[contains(@class,'task-details')]//a[normalize-space()='Case']"));
    WebElement frame = browser.waitFor(By.cssSelector("iframe.oht-case-frame"));
    browser.driver.switchTo().frame(frame);
    new WebDriverWait(browser.driver, Browser.WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("timeline"), SESSION_NOTE));
    assertThat(browser.driver.findElement(By.id("summary")).getText()).contains(reference, "Support sessions");
    browser.driver.switchTo().defaultContent();
    browser.screenshot("case-tab-in-tasklist");

    // 2. On the case page she adds a note: a date in the future is refused at its field, then it is added.
    browser.open("/cases/" + reference);
    browser.waitFor(By.id("note-card"));
    browser.screenshot("case-view");
    new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("note-kind")))
        .selectByVisibleText("Phone call");
    WebElement date = browser.driver.findElement(By.id("note-date"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
        date, ServiceClock.today().plusDays(3).toString());
    browser.driver.findElement(By.id("note-text")).sendKeys("Rang to move the next session to Tuesday.");
    browser.click(By.cssSelector("#note-form button[type='submit']"));
    assertThat(browser.waitFor(By.cssSelector("#note-form .field.invalid .error")).getText())
        .isEqualTo("cannot be in the future.");
    assertThat(browser.driver.findElement(By.id("note-text")).getAttribute("value"))
        .as("what was entered stays").contains("Tuesday");
    browser.screenshot("case-note-form");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
        date, ServiceClock.today().toString());
    browser.click(By.cssSelector("#note-form button[type='submit']"));
    new WebDriverWait(browser.driver, Browser.WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("timeline"), "Tuesday"));

    // 3. colin finds the case on his caseload page, opens it and reallocates it to tom.
    tasklist.logIn(DemoUsers.COORDINATOR);
    browser.open("/cases?q=" + reference);
    browser.click(By.xpath("//table[@id='cases']//a[normalize-space()='" + reference + "']"));
    CaseActionsSection actions = new CaseActionsSection(browser);
    assertThat(actions.buttons()).contains("Reallocate to another Health Trainer", "Put on hold",
        "Amend the referral");
    browser.screenshot("case-actions");
    actions.start("Reallocate to another Health Trainer").choose("trainerId", "Tom Tate");
    assertThat(actions.proceed()).isEqualTo("Reallocate to another Health Trainer: referral " + reference
        + " of Alex Example (CRN " + crn(referral) + ").");
    // Sent without a reason: refused at its field, the trainer chosen stays.
    actions.confirm();
    assertThat(actions.problemAt("Reason for the reallocation")).isEqualTo("is required.");
    assertThat(actions.value("trainerId")).isEqualTo(DemoUsers.SECOND_TRAINER);
    actions.type("reason", "Tina is on leave for a month.");
    browser.scrollToTop(By.id("actions-card"));
    browser.screenshot("case-reallocate-form");
    actions.send();
    assertThat(actions.done()).contains("is reallocated");
    actions.summaryShows("Health Trainer", "Tom Tate (tom)");

    // tom's Tasklist shows the session task; tina's no longer does.
    assertThat(pathway.task(referral, PathwayModel.TASK_RECORD_SUPPORT_SESSION).getAssignee())
        .isEqualTo(DemoUsers.SECOND_TRAINER);
    tasklist.logIn(DemoUsers.SECOND_TRAINER);
    assertThat(tasklist.listsTaskOf("Record support session", reference, Browser.WAIT)).isTrue();
    tasklist.logIn(DemoUsers.TRAINER);
    assertThat(tasklist.listsTaskOf("Record support session", reference, java.time.Duration.ofSeconds(5))).isFalse();
    // And the session after it is tom's too.
    pathway.submit(referral, PathwayModel.TASK_RECORD_SUPPORT_SESSION, DemoUsers.SECOND_TRAINER,
        Pathway.sessionForm("ATTENDED"));
    assertThat(pathway.task(referral, PathwayModel.TASK_RECORD_SUPPORT_SESSION).getAssignee())
        .isEqualTo(DemoUsers.SECOND_TRAINER);

    // 4. paula finds her referral on her caseload page, with its stage.
    browser.logIn("tasklist", DemoUsers.PRACTITIONER, DemoUsers.PASSWORD);
    browser.open("/cases");
    WebElement row = browser.waitFor(By.xpath("//table[@id='cases']//tr[td/a[normalize-space()='" + reference + "']]"));
    assertThat(row.getText()).contains("Support sessions", "Alex Example");
    browser.screenshot("caseload");
    browser.click(By.xpath("//table[@id='cases']//a[normalize-space()='" + reference + "']"));
    new WebDriverWait(browser.driver, Browser.WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("timeline"), "Session 2: Attended"));
    assertThat(browser.driver.findElement(By.id("timeline")).getText()).doesNotContain(SESSION_NOTE, "Tuesday");
    assertThat(browser.all(By.cssSelector("#note-card:not([hidden])"))).isEmpty();
  }

  private String crn(ProcessInstance referral) {
    return referrals.summary(pathway.referralId(referral)).crn();
  }
}
