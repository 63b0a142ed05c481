package org.ohtpathway.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The report page for service managers, at {@code /reports}. The page holds no figures: its
 * script reads them from the JSON API, under the same login.
 */
@Controller
class ReportPageController {

  /** Scripts and styles only from the application itself. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  private static final String REFUSED = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
      + "<title>Service report · OHT Pathway</title></head><body><h1>Service report</h1>"
      + "<p>Only service managers and administrators may read the service's reports.</p>"
      + "<p><a href=\"/camunda/app/tasklist/default/\">Back to Tasklist</a></p></body></html>";

  private final IdentityService identity;
  private final String page;

  ReportPageController(IdentityService identity) {
    this.identity = identity;
    try (InputStream html = new ClassPathResource("reports/index.html").getInputStream()) {
      this.page = new String(html.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("The report page reports/index.html is missing from the application", e);
    }
  }

  @GetMapping({"/reports", "/reports/"})
  ResponseEntity<String> page() {
    boolean allowed = ReportController.mayReadReports(identity.getCurrentAuthentication());
    return ResponseEntity.status(allowed ? HttpStatus.OK : HttpStatus.FORBIDDEN)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(allowed ? page : REFUSED);
  }
}
