package org.ohtpathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ohtpathway.HttpTest;
import org.ohtpathway.audit.AuditEvent;
import org.ohtpathway.audit.AuditLog;
import org.ohtpathway.demo.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Only service managers and administrators may read the reports, the exports and the report page. */
@HttpTest
class ReportAccessTest {

  static final List<String> PATHS = List.of("/api/reports/service", "/reports", "/api/reports/performance.csv",
      "/api/reports/event-log.csv", "/api/reports/event-log.xes");

  @Autowired TestRestTemplate rest;
  @Autowired AuditLog audit;

  @Test
  void managersAndAdministratorsMayReadTheReportsAndNobodyElse() {
    Map<String, Integer> expected = new LinkedHashMap<>();
    Map<String, Integer> observed = new LinkedHashMap<>();
    for (String path : PATHS) {
      for (String user : List.of(DemoUsers.PRACTITIONER, DemoUsers.COORDINATOR, DemoUsers.TRAINER,
          DemoUsers.SAFEGUARDING_LEAD, DemoUsers.MANAGER, DemoUsers.DESIGNER, "admin")) {
        expected.put(user + " " + path, user.equals(DemoUsers.MANAGER) || user.equals("admin") ? 200 : 403);
        observed.put(user + " " + path, rest.withBasicAuth(user, DemoUsers.PASSWORD).getForEntity(path, String.class)
            .getStatusCode().value());
      }
      expected.put("anonymous " + path, 401);
      observed.put("anonymous " + path, rest.getForEntity(path, String.class).getStatusCode().value());
    }
    assertThat(observed).isEqualTo(expected);
  }

  @Test
  void anExportIsADownloadWithAHeaderRowAndEveryExportIsAudited() {
    var csv = rest.withBasicAuth(DemoUsers.MANAGER, DemoUsers.PASSWORD)
        .getForEntity("/api/reports/performance.csv?from=2026-01-01&to=2026-01-31", String.class);
    assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.getHeaders().getFirst("Content-Disposition"))
        .isEqualTo("attachment; filename=\"oht-performance-2026-01-01-to-2026-01-31.csv\"");
    assertThat(csv.getBody()).startsWith(String.join(",", PerformanceDataset.COLUMNS) + "\r\n");
    rest.withBasicAuth(DemoUsers.TRAINER, DemoUsers.PASSWORD).getForEntity("/api/reports/event-log.csv", String.class);

    assertThat(audit.latest(null, 50)).extracting(AuditEvent::getUserId, AuditEvent::getAction, AuditEvent::isAllowed)
        .contains(tuple(DemoUsers.MANAGER, "EXPORT_PERFORMANCE_DATASET", true),
            tuple(DemoUsers.TRAINER, "EXPORT_EVENT_LOG", false));
  }

  @Test
  void thePageLoadsItsChartsAndScriptFromTheApplicationItself() {
    var page = rest.withBasicAuth(DemoUsers.MANAGER, DemoUsers.PASSWORD).getForEntity("/reports", String.class);
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
    Matcher sources = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"").matcher(page.getBody());
    List<String> assets = sources.results().map(found -> found.group(1)).toList();
    assertThat(assets).contains("/webjars/chart.js/dist/chart.umd.js", "/assets/reports/report.js");
    assets.forEach(asset -> assertThat(rest.getForEntity(asset, String.class).getStatusCode().value())
        .as(asset).isEqualTo(200));
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefusedWithAClearMessage() {
    var response = rest.withBasicAuth(DemoUsers.MANAGER, DemoUsers.PASSWORD)
        .getForEntity("/api/reports/service?from=2026-03-31&to=2026-03-01", String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("before its 'from' date");
    var notADate = rest.withBasicAuth(DemoUsers.MANAGER, DemoUsers.PASSWORD)
        .getForEntity("/api/reports/service?from=March", String.class);
    assertThat(notADate.getStatusCode().value()).isEqualTo(400);
    assertThat(notADate.getBody()).contains("'from'");
  }
}
