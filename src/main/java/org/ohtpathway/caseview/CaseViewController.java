package org.ohtpathway.caseview;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.referral.Referral;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case view's API: {@code GET /api/cases/{reference}} (opening a case is asked of the
 * authority and audited, allowed or refused), and {@code GET /api/tasks/{taskId}/case}, which
 * tells Tasklist's case tab whose case a task is, only to someone who may see that task.
 */
@RestController
class CaseViewController {

  /** Camunda's task ids: generated, letters, digits and hyphens. */
  private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final CaseView cases;
  private final CaseAuthority authority;
  private final ProcessEngine engine;

  CaseViewController(CaseView cases, CaseAuthority authority, ProcessEngine engine) {
    this.cases = cases;
    this.authority = authority;
    this.engine = engine;
  }

  @GetMapping("/api/cases/{reference}")
  ResponseEntity<Object> caseOf(@PathVariable String reference) {
    return ResponseEntity.ok(cases.of(authority.require(CaseAction.VIEW_CASE, reference)));
  }

  /**
   * The reference of a task's referral. Read in a command of the engine, where the task's
   * definition (whose work it is) is at hand, and answered only when the authority lets the
   * user see the task; any other task, or none, is the same 404, so ids cannot be probed.
   */
  @GetMapping("/api/tasks/{taskId}/case")
  ResponseEntity<Object> caseOfTask(@PathVariable String taskId) {
    if (!TASK_ID.matcher(taskId).matches()) {
      return message(HttpStatus.BAD_REQUEST, "A task id is letters, digits and hyphens.");
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Optional<String> reference = configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return Optional.<String>empty();
      }
      Optional<Referral> referral = authority.referralOf(task.getProcessInstanceId());
      if (referral.isEmpty()) {
        return Optional.<String>empty();
      }
      CaseAuthority.Decision decision = authority.maySee(task, null);
      return decision.allowed() ? Optional.of(referral.get().getReference()) : Optional.<String>empty();
    });
    return reference.<ResponseEntity<Object>>map(found -> ResponseEntity.ok(Map.of("reference", found)))
        .orElseGet(() -> message(HttpStatus.NOT_FOUND, "No task of a referral's pathway that you may see has this id."));
  }

  private static ResponseEntity<Object> message(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
