package org.ohtpathway.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ohtpathway.security.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/end-states?processInstanceId=...}: how each of these finished pathway instances
 * ended (Completed, Declined, Ended early, Withdrawn), as the case's progress recorded it, for
 * Cockpit's "Finished" tab (cockpit/oht/finished-referrals.js); the engine's end event cannot
 * tell a withdrawal from a completion. For the roles that read the pathway's history in Cockpit:
 * service managers and administrators. A service designer, whose Cockpit shows models but no
 * instances, is refused. The answer holds references and end states only, no personal detail,
 * and only for the instances whose history the caller's Camunda authorizations let them read.
 */
@RestController
class EndStateController {

  /** The Finished tab lists the 200 that ended most recently. */
  static final int MAX_INSTANCES = 200;
  private static final int MAX_ID_LENGTH = 64;

  private final HistoryService history;
  private final IdentityService identity;
  private final CaseProgress progress;

  EndStateController(HistoryService history, IdentityService identity, CaseProgress progress) {
    this.history = history;
    this.identity = identity;
    this.progress = progress;
  }

  @GetMapping("/api/end-states")
  ResponseEntity<Object> endStates(@RequestParam(name = "processInstanceId", required = false) List<String> ids) {
    Authentication user = identity.getCurrentAuthentication();
    if (!Groups.isAdmin(user) && (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.MANAGERS))) {
      return message(403, "Only service managers and administrators may read how referrals ended.");
    }
    Set<String> asked = new LinkedHashSet<>(ids == null ? List.of() : ids);
    if (asked.size() > MAX_INSTANCES) {
      return message(400, "Ask for at most " + MAX_INSTANCES + " instances at a time (parameter 'processInstanceId').");
    }
    if (asked.stream().anyMatch(id -> id.isBlank() || id.length() > MAX_ID_LENGTH)) {
      return message(400, "Each 'processInstanceId' must be a process instance's id (1 to " + MAX_ID_LENGTH
          + " characters).");
    }
    if (asked.isEmpty()) {
      return ResponseEntity.ok(List.of());
    }
    // As the caller: Camunda's history permissions decide which of them they may know about.
    Set<String> readable = new LinkedHashSet<>();
    history.createHistoricProcessInstanceQuery().processInstanceIds(asked).finished().listPage(0, MAX_INSTANCES)
        .stream().map(HistoricProcessInstance::getId).forEach(readable::add);
    Map<String, ReferralProgress> cases = progress.ofProcessInstances(readable);
    List<Map<String, Object>> answer = new ArrayList<>();
    for (String id : readable) {
      ReferralProgress referral = cases.get(id);
      if (referral != null) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("processInstanceId", id);
        row.put("reference", referral.getReference());
        row.put("endState", referral.getEndState() == null ? null : referral.getEndState().label());
        answer.add(row);
      }
    }
    return ResponseEntity.ok(answer);
  }

  private static ResponseEntity<Object> message(int status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
