package org.ohtpathway.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Camunda Form as Tasklist shows it (form-js), filled in as a person would: typing, clicking
 * options, picking from drop-downs, typing dates as the date picker expects them. Each field is
 * found by its key through the form's own definition (forms/*.form), so a field that the browser
 * does not show makes the step fail.
 */
final class CamundaForm {

  /** Dates as UK staff type them (Tasklist's oht/form-dates.js), whatever the browser's language. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Browser browser;
  private final JsonNode definition;

  CamundaForm(Browser browser, String formId) {
    this.browser = browser;
    try (InputStream in = CamundaForm.class.getResourceAsStream("/forms/" + formId + ".form")) {
      this.definition = JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    browser.waitFor(By.cssSelector(".fjs-container"));
  }

  /** Fills the fields in the order given (later fields may only show once earlier ones are set). */
  CamundaForm fill(Map<String, Object> values) {
    values.forEach(this::fill);
    return this;
  }

  CamundaForm fill(String key, Object value) {
    fill(null, "", component(definition, key), value);
    return this;
  }

  /** Fills a field; in a list's row, its id carries the row's number (Field_goal_0). */
  private void fill(WebElement row, String suffix, JsonNode field, Object value) {
    closeDatePickers();
    browser.dismissNotifications();
    String key = field.path("key").asText(field.path("path").asText());
    String id = field.path("id").asText() + suffix;
    switch (field.path("type").asText()) {
      case "textfield", "textarea", "number" -> {
        WebElement input = element(row, "[id$='-" + id + "']");
        // Select what is there (a default value) and type over it, as a person would.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(value));
        input.sendKeys(Keys.TAB);
        // form-js takes typed text into the form after a pause of 300 ms, as a person pauses.
        pause(Duration.ofMillis(400));
      }
      case "checkbox" -> {
        WebElement box = element(row, "[id$='-" + id + "']");
        if (box.isSelected() != (Boolean) value) {
          browser.tick(box);
        }
      }
      case "radio" -> browser.tick(element(row, "[id$='-" + id + "-" + option(field, value) + "']"));
      case "checklist" -> {
        for (Object each : (List<?>) value) {
          browser.tick(element(row, "[id$='-" + id + "-" + option(field, each) + "']"));
        }
      }
      case "select" -> select(row, id, field, value);
      case "datetime" -> {
        boolean time = "time".equals(field.path("subtype").asText());
        typeInto(element(row, "[id$='-" + id + (time ? "-time']" : "-date']")),
            time ? String.valueOf(value) : ((LocalDate) value).format(DATE));
      }
      case "dynamiclist" -> rows(field, (List<?>) value);
      default -> throw new IllegalArgumentException("Cannot fill " + key + " of type " + field.path("type"));
    }
  }

  /** The text input of a date field. */
  WebElement dateInput(String key) {
    return element(null, "[id$='-" + component(definition, key).path("id").asText() + "-date']");
  }

  /** Types text into a date field, as a person would, and moves on. */
  CamundaForm typeDate(String key, String text) {
    closeDatePickers();
    typeInto(dateInput(key), text);
    return this;
  }

  /** Opens a date field's calendar, as a click on it does, and returns the calendar. */
  WebElement openCalendar(String key) {
    closeDatePickers();
    WebElement input = dateInput(key);
    browser.click(input);
    return new WebDriverWait(browser.driver, Browser.WAIT).until(driver -> input.findElement(By.xpath(
        "ancestor::*[contains(@class,'fjs-datepicker')]")).findElements(By.cssSelector(".flatpickr-calendar.open"))
        .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  /** Picks today in a date field's calendar. */
  CamundaForm pickToday(String key) {
    WebElement calendar = openCalendar(key);
    browser.click(calendar.findElement(By.cssSelector(".flatpickr-day.today")));
    return this;
  }

  /** What a field says under it (form-js's own errors, the date hint, the server's problem). */
  String saysAt(String key) {
    WebElement input = browser.waitFor(By.cssSelector(".fjs-container [id$='-" + component(definition, key).path("id")
        .asText() + "'], .fjs-container [id$='-" + component(definition, key).path("id").asText() + "-date']"));
    WebElement field = input.findElement(By.xpath("ancestor::*[contains(@class,'fjs-form-field')][1]"));
    return field.findElements(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText)
        .filter(text -> !text.isBlank()).reduce((a, b) -> a + " " + b).orElse("");
  }

  private void typeInto(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
    input.sendKeys(Keys.TAB);
  }

  /**
   * Fills the rows of a list, adding rows where the list has fewer. A row's fields are told apart
   * by the row's number at the end of their ids.
   */
  @SuppressWarnings("unchecked")
  private void rows(JsonNode list, List<?> rows) {
    String firstId = list.path("components").get(0).path("id").asText();
    By listBy = By.xpath("//*[contains(@class,'fjs-form-field-dynamiclist')][.//*[contains(@id,'-" + firstId + "_')]]");
    for (int i = 0; i < rows.size(); i++) {
      String rowMark = "[id*='-" + firstId + "_" + i + "']";
      WebElement field = browser.waitFor(listBy);
      if (field.findElements(By.cssSelector(rowMark)).isEmpty()) {
        browser.click(field.findElement(By.cssSelector(".fjs-repeat-render-add")));
        new WebDriverWait(browser.driver, Browser.WAIT).until(driver ->
            !driver.findElement(listBy).findElements(By.cssSelector(rowMark)).isEmpty());
      }
      WebElement row = browser.driver.findElement(listBy);
      for (Map.Entry<String, Object> cell : ((Map<String, Object>) rows.get(i)).entrySet()) {
        fill(row, "_" + i, component(list, cell.getKey()), cell.getValue());
      }
    }
  }

  /** Picks an option from a drop-down: by its label in the form, or by the text shown. */
  private void select(WebElement row, String id, JsonNode field, Object value) {
    String label = String.valueOf(value);
    for (JsonNode option : field.path("values")) {
      if (option.path("value").asText().equals(label)) {
        label = option.path("label").asText();
      }
    }
    String text = label;
    WebElement display = element(row, "[id$='-" + id + "-display']");
    By items = By.cssSelector(".fjs-dropdownlist-item");
    for (int attempt = 0; attempt < 3 && !names(display, text); attempt++) {
      // A click on the field opens its list, unless moving to the field has opened it already.
      if (browser.all(items).stream().noneMatch(WebElement::isDisplayed)) {
        browser.click(display);
      }
      WebElement item = new WebDriverWait(browser.driver, Browser.WAIT).until(driver ->
          driver.findElements(items).stream().filter(WebElement::isDisplayed)
              .filter(each -> names(each, text))
              .findFirst().orElse(null));
      // The option is chosen on the press of the mouse button, as form-js listens for; pressing
      // it where the option is drawn can miss when the list must scroll first.
      ((JavascriptExecutor) browser.driver).executeScript("var item = arguments[0];"
          + " item.scrollIntoView({block: 'nearest'});"
          + " ['mousedown', 'mouseup', 'click'].forEach(function (type) {"
          + " item.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window})); });",
          item);
      try {
        new WebDriverWait(browser.driver, Duration.ofSeconds(3)).until(driver -> names(display, text));
      } catch (TimeoutException e) {
        // tried again below
      }
    }
    if (!names(display, text)) {
      throw new AssertionError("Could not choose " + text + " in " + id + ": it shows " + display.getText());
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Moving on with the keyboard opens the date picker of a date field on the way; close it. */
  private void closeDatePickers() {
    ((JavascriptExecutor) browser.driver).executeScript("document.querySelectorAll('input').forEach(function (input) {"
        + " if (input._flatpickr && input._flatpickr.isOpen) { input._flatpickr.close(); } });");
  }

  /** An option is named by its label, or (a Health Trainer) by a first name before more detail. */
  private static boolean names(WebElement element, String text) {
    String shown = element.getText().strip();
    return shown.equals(text) || shown.startsWith(text + " ");
  }

  private WebElement element(WebElement row, String css) {
    if (row != null) {
      return new WebDriverWait(browser.driver, Browser.WAIT).until(driver -> row.findElements(By.cssSelector(css))
          .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }
    return browser.waitFor(By.cssSelector(".fjs-container " + css));
  }

  private static int option(JsonNode field, Object value) {
    int index = 0;
    for (JsonNode option : field.path("values")) {
      if (option.path("value").asText().equals(String.valueOf(value))) {
        return index;
      }
      index++;
    }
    throw new IllegalArgumentException("No option " + value + " in " + field.path("key"));
  }

  private static JsonNode component(JsonNode parent, String key) {
    for (JsonNode child : parent.path("components")) {
      if (key.equals(child.path("key").asText()) || key.equals(child.path("path").asText())) {
        return child;
      }
      if (!"dynamiclist".equals(child.path("type").asText())) {
        JsonNode found = component(child, key);
        if (found != null) {
          return found;
        }
      }
    }
    if (parent.has("schemaVersion")) {
      throw new IllegalArgumentException("No field " + key + " in the form");
    }
    return null;
  }
}
