package org.ohtpathway.caseview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caseload page ({@code /cases}) and the case view ({@code /cases/{reference}}), served like
 * the report page: the pages hold no data, their scripts read the JSON API under the same login,
 * which asks the authority. The case view may be framed by the application's own pages (Tasklist's
 * case tab) when asked for {@code ?embedded=1}; every other page may not be framed at all.
 */
@Controller
class CasePageController {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
  static final String EMBEDDED_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'",
      "frame-ancestors 'self'");

  private final String caseloadPage = page("cases/index.html");
  private final String casePage = page("cases/case.html");

  @GetMapping({"/cases", "/cases/"})
  ResponseEntity<String> caseload() {
    return html(caseloadPage, CONTENT_SECURITY_POLICY);
  }

  /** The reference is read by the page's script from its address, and checked by the API. */
  @GetMapping("/cases/{reference}")
  ResponseEntity<String> caseView(@PathVariable String reference,
      @RequestParam(required = false) String embedded, HttpServletRequest request) {
    boolean framed = "1".equals(embedded);
    return html(casePage.replace(CSRF_PLACEHOLDER, "<meta name=\"oht-csrf-token\" content=\"" + csrfToken(request)
        + "\">"), framed ? EMBEDDED_POLICY : CONTENT_SECURITY_POLICY);
  }

  private static final String CSRF_PLACEHOLDER = "<meta name=\"oht-csrf-token\" content=\"\">";

  /**
   * The web applications' CSRF token of the caller's session, which the page sends with its
   * notes and case actions; Camunda's own cookie of it is only for {@code /camunda}. A token
   * holds only letters and digits, so it is written into the page as it is.
   */
  private static String csrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return token == null ? "" : token.toString().replaceAll("[^A-Za-z0-9]", "");
  }

  private static ResponseEntity<String> html(String body, String policy) {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", policy)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }

  private static String page(String path) {
    try (InputStream html = new ClassPathResource(path).getInputStream()) {
      return new String(html.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("The page " + path + " is missing from the application", e);
    }
  }
}
