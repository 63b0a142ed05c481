package org.ohtpathway.reporting;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ohtpathway.security.Groups;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service report as JSON: what the report page draws, for a commissioner's tools too (docs/reports.md). */
@RestController
class ReportController {

  private final ServiceReports reports;
  private final IdentityService identity;

  ReportController(ServiceReports reports, IdentityService identity) {
    this.reports = reports;
    this.identity = identity;
  }

  @GetMapping("/api/reports/service")
  ResponseEntity<Object> serviceReport(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    if (!mayReadReports(identity.getCurrentAuthentication())) {
      return refused();
    }
    return ResponseEntity.ok(reports.report(ReportPeriod.of(from, to)));
  }

  /** Service managers and administrators. */
  static boolean mayReadReports(Authentication user) {
    return user != null && user.getGroupIds() != null
        && (user.getGroupIds().contains(Groups.MANAGERS) || user.getGroupIds().contains(Groups.ADMINS));
  }

  static ResponseEntity<Object> refused() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(Map.of("message", "Only service managers and administrators may read the service's reports."));
  }

  @ExceptionHandler(ReportPeriod.InvalidPeriod.class)
  ResponseEntity<Map<String, Object>> badPeriod(ReportPeriod.InvalidPeriod refused) {
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
  }
}
