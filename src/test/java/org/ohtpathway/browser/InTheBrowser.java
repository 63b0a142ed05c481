package org.ohtpathway.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.ohtpathway.Pathway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: one Chromium for the test class, opened on the application's
 * port and closed after it, with Tasklist and the pathway's helpers to drive it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InTheBrowser {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  Browser browser;
  Tasklist tasklist;
  Pathway pathway;

  @BeforeAll
  void openBrowser() {
    browser = new Browser(port);
    tasklist = new Tasklist(browser);
    pathway = new Pathway(engine);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
