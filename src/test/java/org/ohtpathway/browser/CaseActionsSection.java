package org.ohtpathway.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Actions section of a case view, used as staff use it: a button, its form, its confirmation. */
final class CaseActionsSection {

  private final Browser browser;

  CaseActionsSection(Browser browser) {
    this.browser = browser;
  }

  /** Opens the case view and waits for its Actions section. */
  CaseActionsSection openCase(String reference) {
    browser.open("/cases/" + reference);
    browser.waitFor(By.cssSelector("#actions-card #actions button"));
    return this;
  }

  /** The labels of the action buttons shown. */
  List<String> buttons() {
    browser.waitFor(By.cssSelector("#actions-card #actions button"));
    return browser.all(By.cssSelector("#actions button")).stream().map(WebElement::getText).toList();
  }

  /** Presses the action's button and waits for its form. */
  CaseActionsSection start(String label) {
    browser.click(By.xpath("//div[@id='actions']/button[normalize-space()=\"" + label + "\"]"));
    new WebDriverWait(browser.driver, Browser.WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("action-title"), label));
    browser.waitFor(By.id("action-form"));
    return this;
  }

  private WebElement input(String key) {
    return browser.waitFor(By.cssSelector("#action-fields [data-key='" + key + "']"));
  }

  String value(String key) {
    return input(key).getAttribute("value");
  }

  CaseActionsSection choose(String key, String visibleTextStart) {
    Select select = new Select(input(key));
    WebElement option = select.getOptions().stream()
        .filter(o -> o.getText().startsWith(visibleTextStart)).findFirst()
        .orElseThrow(() -> new AssertionError("No option '" + visibleTextStart + "' in " + key + ": "
            + select.getOptions().stream().map(WebElement::getText).toList()));
    select.selectByVisibleText(option.getText());
    return this;
  }

  CaseActionsSection type(String key, String text) {
    WebElement input = input(key);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** A date field: typed day/month/year, as staff type it. */
  CaseActionsSection date(String key, LocalDate date) {
    return type(key, date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
  }

  CaseActionsSection tick(String key) {
    WebElement box = input(key);
    if (!box.isSelected()) {
      browser.tick(box);
    }
    return this;
  }

  /** Ticks one option of a checklist, by its label. */
  CaseActionsSection tickOption(String key, String label) {
    WebElement box = browser.waitFor(By.xpath("//div[@id='action-fields']//label[normalize-space()=\"" + label
        + "\"]/input[@data-checklist='" + key + "']"));
    if (!box.isSelected()) {
      browser.tick(box);
    }
    return this;
  }

  /** Presses Continue and returns the confirmation shown: whose case it is. */
  String proceed() {
    browser.click(By.id("action-submit"));
    return browser.waitFor(By.id("action-confirmation")).getText();
  }

  /** Ticks "I have checked this is the right case" and sends the action. */
  void confirm() {
    WebElement box = browser.waitFor(By.id("action-confirmed"));
    if (!box.isSelected()) {
      browser.tick(box);
    }
    send();
  }

  /** Presses the action's button again (after correcting a field). */
  void send() {
    browser.click(By.id("action-submit"));
  }

  /** The sentence shown once the action is taken. */
  String done() {
    return browser.waitFor(By.id("action-done")).getText();
  }

  /** The problem shown at the field of that label. */
  String problemAt(String label) {
    return browser.waitFor(By.xpath("//div[@id='action-fields']/div[contains(@class,'invalid') and @data-label=\""
        + label + "\"]/p[@class='error']")).getText();
  }

  /** Waits until the summary shows {@code value} as its {@code label} (Status, Health Trainer, ...). */
  void summaryShows(String label, String value) {
    By dd = By.xpath("//section[@id='summary']//dt[normalize-space()='" + label + "']/following-sibling::dd[1]");
    new WebDriverWait(browser.driver, Browser.WAIT).until(ExpectedConditions.textToBe(dd, value));
  }
}
