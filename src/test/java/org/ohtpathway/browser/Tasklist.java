package org.ohtpathway.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda Tasklist, used through its pages as staff use it. */
final class Tasklist {

  private final Browser browser;

  Tasklist(Browser browser) {
    this.browser = browser;
  }

  void logIn(String user) {
    browser.logIn("tasklist", user, "demo");
    browser.waitFor(By.xpath("//*[contains(@class,'task-filters')]"));
  }

  /** Opens Start process, picks the process and waits for its start form. */
  CamundaForm startForm(String processName, String formId) {
    browser.click((By.xpath("//a[contains(normalize-space(),'Start process')]")));
    By process = By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='" + processName + "']");
    By form = By.cssSelector(".fjs-container");
    // A click that lands while the dialog is still fading in can be lost: the name is then
    // focused but not opened. Click it again until the form shows (each try waits a while).
    for (int attempt = 1; attempt <= 3; attempt++) {
      if (!browser.all(form).isEmpty()) {
        break;
      }
      try {
        browser.click(process);
        new WebDriverWait(browser.driver, Duration.ofSeconds(7))
            .until(ExpectedConditions.visibilityOfElementLocated(form));
      } catch (TimeoutException | org.openqa.selenium.StaleElementReferenceException notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
    return new CamundaForm(browser, formId);
  }

  /**
   * Presses Start in the start form's dialog and returns the confirmation shown, or the
   * problems the form shows when the server refuses it (the dialog stays open).
   */
  String start() {
    browser.dismissNotifications();
    By button = START;
    requireEnabled(button);
    List<WebElement> earlier = browser.all(REFUSAL);
    browser.click((button));
    By shown = By.cssSelector(".notifications .notification, .notifications .alert, .modal .oht-form-refusal");
    new WebDriverWait(browser.driver, Browser.WAIT).until(driver -> gone(earlier) && shown(shown));
    return browser.waitFor(shown).getText();
  }

  /** What the form says when the server refuses it (oht/form-refusals.js). */
  static final By REFUSAL = By.cssSelector(".oht-form-refusal");

  /** Whether what was said about an earlier attempt has gone (each attempt says its own). */
  private static boolean gone(List<WebElement> earlier) {
    return earlier.stream().allMatch(element -> {
      try {
        element.isDisplayed();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return true;
      }
    });
  }

  static final By START = By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']");

  /** Whether the button is where a click on its middle lands (nothing drawn over it). */
  boolean uncovered(By button) {
    return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
        "var b = arguments[0]; b.scrollIntoView({block: 'center'}); var r = b.getBoundingClientRect();"
            + " var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + " return hit === b || b.contains(hit);", browser.waitFor(button));
  }

  void filter(String name) {
    browser.click((By.xpath("//*[contains(@class,'task-filters')]//h4[contains(@class,'name')]"
        + "/a[starts-with(normalize-space(),'" + name + "')]")));
  }

  /** Opens the task of that name in the current filter and waits for its form. */
  CamundaForm task(String taskName, String formId) {
    return open(By.xpath("//*[contains(@class,'tasks-list')]//*[contains(@class,'task')]"
        + "//*[normalize-space()='" + taskName + "']"), taskName, formId);
  }

  /** Opens that task of that referral: its card names the referral once Tasklist has drawn it. */
  CamundaForm task(String taskName, String formId, String reference) {
    return open(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]"
        + "[contains(normalize-space(.),'" + reference + "')]//*[normalize-space()='" + taskName + "']"),
        taskName, formId);
  }

  /**
   * Clicks the task's card and waits for its details. The card may be on a later page of the list
   * (other tests' tasks share the database and the filter lists the oldest first): the pages are
   * turned as a user would until it shows. Tasklist redraws the list after a filter is chosen or a
   * task completed, so a click can land on a card that is being replaced: then the details never
   * open, and the card is clicked again.
   */
  private CamundaForm open(By card, String taskName, String formId) {
    By details = By.xpath("//*[contains(@class,'task-details')]//*[normalize-space()='" + taskName + "']");
    turnPagesUntilShown(card);
    for (int attempt = 1; ; attempt++) {
      browser.click(card);
      try {
        new WebDriverWait(browser.driver, Duration.ofSeconds(7)).until(
            ExpectedConditions.visibilityOfElementLocated(details));
        return new CamundaForm(browser, formId);
      } catch (TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private void turnPagesUntilShown(By card) {
    By next = By.xpath("//ul[contains(@class,'pagination')]/li[not(contains(@class,'disabled'))]"
        + "/a[normalize-space()='\u203a']");
    for (int page = 1; page <= 20; page++) {
      try {
        new WebDriverWait(browser.driver, Duration.ofSeconds(page == 1 ? 10 : 5)).until(
            ExpectedConditions.visibilityOfElementLocated(card));
        return;
      } catch (TimeoutException e) {
        if (browser.all(next).stream().noneMatch(WebElement::isDisplayed)) {
          return;
        }
        browser.click(next);
      }
    }
  }

  /** Whether the task is (or, within the wait, comes to be) in the list of the current filter. */
  boolean hasTask(String taskName) {
    By task = By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space()='" + taskName + "']");
    try {
      browser.waitFor(task);
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  /**
   * Whether the current filter lists that task of that referral (its reference is shown in the
   * list), waiting for it to come; {@code within} bounds the wait.
   */
  boolean listsTaskOf(String taskName, String reference, Duration within) {
    By task = By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]"
        + "[.//*[normalize-space()='" + taskName + "']][contains(normalize-space(.),'" + reference + "')]");
    try {
      new WebDriverWait(browser.driver, within).until(ExpectedConditions.visibilityOfElementLocated(task));
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  void claim() {
    By claim = By.xpath("//*[contains(@class,'task-details')]//*[(self::a or self::button) and normalize-space()='Claim']");
    browser.click((claim));
    browser.waitUntilGone(claim);
  }

  /**
   * Presses Complete and returns "completed" once Tasklist has closed the task, or the error it
   * shows when the task stays open.
   */
  String complete() {
    browser.dismissNotifications();
    By button = By.xpath("//button[normalize-space()='Complete']");
    requireEnabled(button);
    WebElement form = browser.waitFor(By.cssSelector(".fjs-container"));
    List<WebElement> earlier = browser.all(REFUSAL);
    browser.click(button);
    By closed = By.xpath("//*[text()[contains(., 'Select a task in the list.')]]");
    By error = By.cssSelector(".notifications .alert-danger, .notifications .alert-error, .oht-form-refusal");
    new WebDriverWait(browser.driver, Browser.WAIT).until(driver -> gone(earlier)
        && (shown(error) || (ExpectedConditions.stalenessOf(form).apply(driver) && shown(closed))));
    List<WebElement> errors = browser.all(error).stream().filter(WebElement::isDisplayed).toList();
    return errors.isEmpty() ? "completed" : errors.get(0).getText();
  }

  /** Fills a form and completes it. */
  String complete(String taskName, String formId, Map<String, Object> values) {
    task(taskName, formId).fill(values);
    return complete();
  }

  /** A disabled Start or Complete means the form found a field to correct: say which. */
  private void requireEnabled(By button) {
    try {
      new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(driver -> browser.waitFor(button).isEnabled());
    } catch (TimeoutException e) {
      throw new AssertionError("The form cannot be sent; it shows: " + browser.all(By.cssSelector(".fjs-has-errors"))
          .stream().map(field -> field.getText().replace('\n', ' ')).toList() + "; fields marked invalid: "
          + browser.all(By.cssSelector("[aria-invalid='true']")).stream().map(field -> field.getAttribute("id")).toList()
          + "; drop-downs: " + browser.all(By.cssSelector(".fjs-select-display")).stream()
              .map(field -> field.getAttribute("id") + "=" + field.getText()).toList());
    }
  }

  private boolean shown(By by) {
    return browser.all(by).stream().anyMatch(WebElement::isDisplayed);
  }
}
