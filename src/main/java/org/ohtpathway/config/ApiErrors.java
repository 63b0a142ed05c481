package org.ohtpathway.config;

import jakarta.persistence.PersistenceException;
import java.util.Map;
import org.ohtpathway.audit.NotAReferenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.ohtpathway.access.CaseActionRefused;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The application's own endpoints say which parameter to correct, in the shape of their other
 * answers, and never answer with the SQL of a failed statement.
 */
@RestControllerAdvice(basePackages = "org.ohtpathway")
class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> wrongType(MethodArgumentTypeMismatchException refused) {
    String expected = refused.getRequiredType() == null ? "value" : refused.getRequiredType().getSimpleName();
    return ResponseEntity.badRequest().body(Map.of("message",
        "The parameter '" + refused.getName() + "' must be a " + describe(expected) + "."));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException refused) {
    return ResponseEntity.badRequest().body(Map.of("message",
        "The parameter '" + refused.getParameterName() + "' is required."));
  }

  @ExceptionHandler(NotAReferenceException.class)
  ResponseEntity<Map<String, Object>> notAReference(NotAReferenceException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
  }

  @ExceptionHandler(org.ohtpathway.access.NoSuchReferral.class)
  ResponseEntity<Map<String, Object>> noSuchReferral(RuntimeException missing) {
    return ResponseEntity.status(404).body(Map.of("message", missing.getMessage()));
  }

  /** A case action or read the one authority refused: its sentence says who may. */
  @ExceptionHandler(CaseActionRefused.class)
  ResponseEntity<Map<String, Object>> refused(CaseActionRefused refused) {
    return ResponseEntity.status(403).body(Map.of("message", refused.getMessage()));
  }

  /** Two people changed the same case at once: the second is told, and nothing of theirs is recorded. */
  @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
  ResponseEntity<Map<String, Object>> changedMeanwhile(RuntimeException refused) {
    return ResponseEntity.status(409).body(Map.of("message", "Someone else changed this case at the same"
        + " moment, so nothing was recorded: reload the page and try again."));
  }

  /** The engine refused what was asked (a request it cannot take, as worded by the refusal). */
  @ExceptionHandler(org.camunda.bpm.engine.BadUserRequestException.class)
  ResponseEntity<Map<String, Object>> badRequest(RuntimeException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
  }

  /** The engine's own permissions refused it: said without the engine's wording of resources and ids. */
  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ResponseEntity<Map<String, Object>> notPermitted(RuntimeException refused) {
    return ResponseEntity.status(403).body(Map.of("message", refused instanceof CaseActionRefused
        ? refused.getMessage() : "You may not do this."));
  }

  /** A request body that is not a JSON object of fields. */
  @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(RuntimeException refused) {
    return ResponseEntity.badRequest().body(Map.of("message",
        "The request must be a JSON object of the form's fields."));
  }

  /**
   * A statement the database refused: answered without the SQL or the value, which its
   * message holds (see {@link PersistenceFailure}).
   */
  @ExceptionHandler({DataAccessException.class, PersistenceException.class})
  ResponseEntity<Map<String, Object>> refusedStatement(RuntimeException failure) {
    PersistenceFailure refused = PersistenceFailure.in(failure).orElse(new PersistenceFailure("unknown"));
    // Logged in full unless the message may quote entered values: RejectedFormLogFilter replaces the line then.
    LOG.error("A request to the API failed in the database", failure);
    return ResponseEntity.status(refused.status()).body(Map.of("message", refused.message()));
  }

  private static String describe(String type) {
    return switch (type) {
      case "int", "Integer", "long", "Long" -> "whole number";
      case "LocalDate" -> "date (yyyy-mm-dd)";
      default -> type.toLowerCase();
    };
  }
}
