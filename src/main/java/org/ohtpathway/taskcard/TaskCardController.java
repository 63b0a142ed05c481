package org.ohtpathway.taskcard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/task-cards?taskId=...&taskId=...}: for Tasklist's list (tasklist/oht/task-cards.js),
 * the cards of the tasks on screen in one call. Tasks the caller cannot see are left out, not
 * refused, so an answer says nothing of tasks that are not theirs.
 */
@RestController
class TaskCardController {

  /** Longer than any id the engine gives a task. */
  private static final int MAX_ID_LENGTH = 64;

  private final TaskCards cards;

  TaskCardController(TaskCards cards) {
    this.cards = cards;
  }

  @GetMapping("/api/task-cards")
  ResponseEntity<Object> cards(@RequestParam(name = "taskId", required = false) List<String> taskIds) {
    Set<String> ids = new LinkedHashSet<>(taskIds == null ? List.of() : taskIds);
    if (ids.size() > TaskCards.MAX_TASKS) {
      return badRequest("Ask for at most " + TaskCards.MAX_TASKS + " tasks at a time (parameter 'taskId').");
    }
    if (ids.stream().anyMatch(id -> id.isBlank() || id.length() > MAX_ID_LENGTH)) {
      return badRequest("Each 'taskId' must be a task's id (1 to " + MAX_ID_LENGTH + " characters).");
    }
    return ResponseEntity.ok(cards.of(ids));
  }

  private static ResponseEntity<Object> badRequest(String message) {
    return ResponseEntity.badRequest().body(Map.of("message", message));
  }
}
