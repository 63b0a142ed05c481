package org.ohtpathway.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code GET /api/end-states?processDefinitionId=...}: the finished instances of one version of
 * the pathway, most recently ended first (at most 200), each with its reference, when it started
 * and ended, and how it ended (Completed, Declined, Ended early, Withdrawn) as the case's progress
 * recorded it: the engine's end event cannot tell a withdrawal from a completion. For Cockpit's
 * "Finished" tab (cockpit/oht/finished-referrals.js), in one call whatever the number shown.
 *
 * <p>For the roles that read the pathway's history in Cockpit: service managers and
 * administrators. A service designer, whose Cockpit shows models but no instances, is refused.
 * The history query runs as the caller, so their Camunda authorizations decide which instances
 * they learn of; the answer holds references and end states, no personal detail.
 */
@RestController
class EndStateController {

  /** The Finished tab lists the 200 that ended most recently. */
  static final int MAX_INSTANCES = 200;
  /** Longer than any id the engine gives a process definition. */
  private static final int MAX_ID_LENGTH = 128;

  private final HistoryService history;
  private final IdentityService identity;
  private final CaseProgress progress;

  EndStateController(HistoryService history, IdentityService identity, CaseProgress progress) {
    this.history = history;
    this.identity = identity;
    this.progress = progress;
  }

  @GetMapping("/api/end-states")
  ResponseEntity<Object> endStates(@RequestParam String processDefinitionId) {
    Authentication user = identity.getCurrentAuthentication();
    if (!Groups.isAdmin(user) && (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.MANAGERS))) {
      return message(403, "Only service managers and administrators may read how referrals ended.");
    }
    if (processDefinitionId.isBlank() || processDefinitionId.length() > MAX_ID_LENGTH) {
      return message(400, "The parameter 'processDefinitionId' must be a process definition's id (1 to "
          + MAX_ID_LENGTH + " characters).");
    }
    List<HistoricProcessInstance> finished = history.createHistoricProcessInstanceQuery()
        .processDefinitionId(processDefinitionId).finished().orderByProcessInstanceEndTime().desc()
        .listPage(0, MAX_INSTANCES);
    Map<String, ReferralProgress> cases = progress.ofProcessInstances(
        finished.stream().map(HistoricProcessInstance::getId).toList());
    List<Map<String, Object>> answer = new ArrayList<>();
    for (HistoricProcessInstance instance : finished) {
      ReferralProgress referral = cases.get(instance.getId());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("processInstanceId", instance.getId());
      row.put("reference", referral == null ? instance.getBusinessKey() : referral.getReference());
      row.put("startTime", instance.getStartTime().toInstant());
      row.put("endTime", instance.getEndTime().toInstant());
      row.put("endState", referral == null || referral.getEndState() == null ? null
          : referral.getEndState().label());
      answer.add(row);
    }
    return ResponseEntity.ok(answer);
  }

  private static ResponseEntity<Object> message(int status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
