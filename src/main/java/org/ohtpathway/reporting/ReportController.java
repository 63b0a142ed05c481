package org.ohtpathway.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ohtpathway.audit.AuditLog;
import org.ohtpathway.security.Groups;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service report as JSON, and the case-level exports: what the report page shows and
 * links to, for a commissioner's tools too (docs/reports.md). Service managers and
 * administrators only; every export is written to the audit log.
 */
@RestController
class ReportController {

  private final ServiceReports reports;
  private final PerformanceDataset performance;
  private final EventLog events;
  private final ReportsProperties properties;
  private final IdentityService identity;
  private final AuditLog audit;
  private final ObjectMapper json;

  ReportController(ServiceReports reports, PerformanceDataset performance, EventLog events,
      ReportsProperties properties, IdentityService identity, AuditLog audit, ObjectMapper json) {
    this.reports = reports;
    this.performance = performance;
    this.events = events;
    this.properties = properties;
    this.identity = identity;
    this.audit = audit;
    this.json = json;
  }

  @GetMapping("/api/reports/service")
  ResponseEntity<Object> serviceReport(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    if (!mayReadReports(identity.getCurrentAuthentication())) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", REFUSED));
    }
    return ResponseEntity.ok(reports.report(ReportPeriod.of(from, to)));
  }

  @GetMapping("/api/reports/performance.csv")
  void performanceDataset(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response) throws IOException {
    ReportPeriod period = ReportPeriod.of(from, to);
    Pseudonyms pseudonyms = export(AuditLog.Action.EXPORT_PERFORMANCE_DATASET, response);
    if (pseudonyms != null) {
      Writer out = download(response, "text/csv", "oht-performance", period, "csv");
      performance.write(period, pseudonyms, out);
    }
  }

  @GetMapping("/api/reports/event-log.csv")
  void eventLog(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response) throws IOException {
    ReportPeriod period = ReportPeriod.of(from, to);
    Pseudonyms pseudonyms = export(AuditLog.Action.EXPORT_EVENT_LOG, response);
    if (pseudonyms != null) {
      events.writeCsv(period, pseudonyms, download(response, "text/csv", "oht-event-log", period, "csv"));
    }
  }

  @GetMapping("/api/reports/event-log.xes")
  void eventLogXes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response) throws IOException {
    ReportPeriod period = ReportPeriod.of(from, to);
    Pseudonyms pseudonyms = export(AuditLog.Action.EXPORT_EVENT_LOG, response);
    if (pseudonyms != null) {
      events.writeXes(period, pseudonyms, download(response, "application/xml", "oht-event-log", period, "xes"));
    }
  }

  /** Service managers and administrators. */
  static boolean mayReadReports(Authentication user) {
    return user != null && user.getGroupIds() != null
        && (user.getGroupIds().contains(Groups.MANAGERS) || user.getGroupIds().contains(Groups.ADMINS));
  }

  static final String REFUSED = "Only service managers and administrators may read the service's reports.";

  /** Checks the caller and the key, and audits the export; null (with the refusal written) if it may not go ahead. */
  private Pseudonyms export(AuditLog.Action action, HttpServletResponse response) throws IOException {
    Authentication user = identity.getCurrentAuthentication();
    boolean allowed = mayReadReports(user);
    audit.record(user.getUserId(), action, null, allowed);
    if (!allowed) {
      refuse(response, HttpStatus.FORBIDDEN, REFUSED);
      return null;
    }
    try {
      return new Pseudonyms(properties.pseudonymKey());
    } catch (Pseudonyms.MissingKey missing) {
      refuse(response, HttpStatus.SERVICE_UNAVAILABLE, missing.getMessage());
      return null;
    }
  }

  private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), Map.of("message", message));
  }

  private static Writer download(HttpServletResponse response, String type, String name, ReportPeriod period,
      String extension) throws IOException {
    response.setContentType(type + ";charset=UTF-8");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        "attachment; filename=\"" + name + "-" + period.from() + "-to-" + period.to() + "." + extension + "\"");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
  }

  @ExceptionHandler(ReportPeriod.InvalidPeriod.class)
  ResponseEntity<Map<String, Object>> badPeriod(ReportPeriod.InvalidPeriod refused) {
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
  }
}
