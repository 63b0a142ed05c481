package org.ohtpathway.config;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The application's own endpoints say which parameter to correct, in the shape of their other answers. */
@RestControllerAdvice(basePackages = "org.ohtpathway")
class ApiErrors {

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

  private static String describe(String type) {
    return switch (type) {
      case "int", "Integer", "long", "Long" -> "whole number";
      case "LocalDate" -> "date (yyyy-mm-dd)";
      default -> type.toLowerCase();
    };
  }
}
