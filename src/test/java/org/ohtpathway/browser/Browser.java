package org.ohtpathway.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium, driven through its chromedriver. Both are Debian's packages
 * (chromium, chromium-driver); their paths can be changed with -Dbrowser.chromium and
 * -Dbrowser.chromedriver. Nothing is downloaded. Screenshots go to target/screenshots, or to
 * the folder of -Dbrowser.screenshots (docs/images/staff-guide refreshes the staff guide's).
 */
final class Browser implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(20);

  final WebDriver driver;
  final String base;
  private final Path screenshots;

  Browser(int port) {
    String chromium = System.getProperty("browser.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
      throw new IllegalStateException("The browser tests need Chromium at " + chromium + " and chromedriver at "
          + chromedriver + ": apt-get install chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(chromedriver).toFile())
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
    this.base = "http://localhost:" + port;
    this.screenshots = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement waitFor(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement waitForClickable(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by));
  }

  void waitUntilGone(By by) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Clicks what the locator finds once it can be clicked, finding it again if the page redraws it. */
  void click(By by) {
    for (int attempt = 1; ; attempt++) {
      try {
        click(waitForClickable(by));
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Clicks through JavaScript when something (a sticky header) would take the click. */
  void click(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException e) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }
  }

  /** Closes Tasklist's notices, which float over the bottom of the form. */
  void dismissNotifications() {
    for (WebElement close : all(By.cssSelector(".notifications .close"))) {
      try {
        if (close.isDisplayed()) {
          close.click();
        }
      } catch (org.openqa.selenium.WebDriverException e) {
        // gone already
      }
    }
  }

  /** Ticks a checkbox or radio button (or unticks a checkbox), and checks that it took. */
  void tick(WebElement box) {
    boolean was = box.isSelected();
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", box);
    new WebDriverWait(driver, WAIT).until(d -> box.isSelected() != was || "radio".equals(box.getAttribute("type")));
  }

  /** Logs into the Camunda webapps (any of them: they share the login). */
  void logIn(String app, String user, String password) {
    driver.manage().deleteAllCookies();
    open("/camunda/app/" + app + "/default/");
    waitFor(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    waitUntilGone(By.cssSelector("input[ng-model='username']"));
  }

  /** Scrolls so that what the locator finds is at the top of the window (for a screenshot). */
  void scrollToTop(By by) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
        waitFor(by));
  }

  /** Saves a picture of the whole page. */
  void screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
