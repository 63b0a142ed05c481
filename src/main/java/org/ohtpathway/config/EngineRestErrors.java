package org.ohtpathway.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.SpinRuntimeException;
import org.glassfish.jersey.server.ParamException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xml.sax.SAXException;

/**
 * The engine's REST API answers some mistakes of the caller as if they were faults of the
 * server: a file that is not well-formed XML (or declares a DOCTYPE) is a 500, an unknown
 * task id on form submission is a 500, a user id the identity service does not allow is a
 * 500, and a query parameter of the wrong type is a 404 saying only "Not Found". A value the
 * database refuses (too long for its column) is a 500 whose message holds the SQL and the
 * value. These mappers answer them as what they are, in the engine's own {@code {type,
 * message}} shape, without a stack trace, the SQL or the value.
 */
@Configuration
class EngineRestErrors {

  /** Ahead of the engine's own mappers of the same exception types. */
  static final int AHEAD_OF_THE_ENGINE = 1000;

  /** The engine's refusal of an id that breaks its resource whitelist; the id is not repeated. */
  private static final Pattern NOT_WHITELISTED = Pattern.compile(
      "^(User|Group|Tenant) has an invalid id: .* is not a valid resource identifier\\.$", Pattern.DOTALL);
  private static final String INVALID_REQUEST = "InvalidRequestException";

  @Bean
  ResourceConfigCustomizer engineRestErrorMappers() {
    return config -> config.register(QueryParameters.class).register(EngineFailures.class)
        .register(WrappedEngineFailures.class).register(OtherFailures.class).register(MalformedJson.class)
        .register(MisshapenJson.class);
  }

  @Priority(AHEAD_OF_THE_ENGINE)
  static class MalformedJson implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException refused) {
      JsonLocation at = refused.getLocation();
      return answer(Status.BAD_REQUEST, INVALID_REQUEST, "The request body is not valid JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ".");
    }
  }

  @Priority(AHEAD_OF_THE_ENGINE)
  static class MisshapenJson implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException refused) {
      String path = refused.getPath().stream().map(JsonMappingException.Reference::getFieldName)
          .filter(Objects::nonNull).collect(Collectors.joining("."));
      return answer(Status.BAD_REQUEST, INVALID_REQUEST, "The request body is not of the shape this request takes"
          + (path.isEmpty() ? "" : ", at '" + path + "'") + ".");
    }
  }

  @Priority(AHEAD_OF_THE_ENGINE)
  static class QueryParameters implements ExceptionMapper<ParamException> {
    @Override
    public Response toResponse(ParamException refused) {
      return answer(Status.BAD_REQUEST, INVALID_REQUEST, "The parameter '" + refused.getParameterName()
          + "' has a value that is not a valid " + refused.getParameterType().getSimpleName().toLowerCase() + ".");
    }
  }

  @Priority(AHEAD_OF_THE_ENGINE)
  static class EngineFailures implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException failure) {
      if (failure instanceof AuthorizationException refused && refused.getMissingAuthorizations().stream()
          .anyMatch(missing -> "Deployment".equals(missing.getResourceType())
              && "CREATE".equals(missing.getViolatedPermissionName()))) {
        // Camunda Modeler shows this sentence when its Deploy button is refused.
        return answer(Status.FORBIDDEN, refused.getClass().getSimpleName(), "Changes to the pathway are not deployed"
            + " directly: check them and propose them with POST /api/pathway-changes; a service manager approves"
            + " them in Tasklist (docs/designer-guide.md).");
      }
      Response answer = callersMistake(failure, failure.getClass().getSimpleName(), failure.getMessage());
      return answer == null ? withoutClassNames(ExceptionHandlerHelper.getInstance().getResponse(failure)) : answer;
    }
  }

  @Priority(AHEAD_OF_THE_ENGINE)
  static class WrappedEngineFailures implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException failure) {
      for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException refused) {
          // The form's own sentence, without "Cannot instantiate process definition <id>: " before it.
          return answer(Status.BAD_REQUEST, INVALID_REQUEST, refused.getMessage());
        }
        if (cause instanceof AuthorizationException refused) {
          // Some resources wrap every failure as the caller's ("Not enough parameters submitted").
          return answer(Status.FORBIDDEN, refused.getClass().getSimpleName(), refused.getMessage());
        }
      }
      Response answer = failure.getStatus() == Status.INTERNAL_SERVER_ERROR
          ? callersMistake(failure, RestException.class.getSimpleName(), failure.getMessage()) : null;
      return answer == null ? withoutClassNames(ExceptionHandlerHelper.getInstance().getResponse(failure)) : answer;
    }
  }

  /** Anything else, e.g. a refused statement of the application's own tables during a form submission. */
  @Priority(AHEAD_OF_THE_ENGINE)
  static class OtherFailures implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable failure) {
      Response answer = failure instanceof WebApplicationException ? null
          : callersMistake(failure, INVALID_REQUEST, failure.getMessage());
      return answer == null ? withoutClassNames(ExceptionHandlerHelper.getInstance().getResponse(failure)) : answer;
    }
  }

  /**
   * The answer the caller's mistake deserves, or for a refused statement one without its
   * details; null when the engine's own answer is right.
   */
  static Response callersMistake(Throwable failure, String type, String message) {
    Optional<PersistenceFailure> refused = PersistenceFailure.in(failure);
    if (refused.isPresent()) {
      PersistenceFailure statement = refused.get();
      return answer(Status.fromStatusCode(statement.status()),
          statement.callersMistake() ? INVALID_REQUEST : ProcessEngineException.class.getSimpleName(),
          statement.message());
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause != failure && (cause instanceof AuthorizationException || cause instanceof BadUserRequestException)) {
        // The application's refusal, thrown inside a listener, reaches here wrapped in the engine's exception.
        return answer(cause instanceof AuthorizationException ? Status.FORBIDDEN : Status.BAD_REQUEST,
            cause.getClass().getSimpleName(), cause.getMessage());
      }
      if (cause instanceof SpinRuntimeException) {
        return answer(Status.BAD_REQUEST, INVALID_REQUEST, "A variable's value is not valid for its type"
            + " (Json, Xml or Object): check the value and its serialization format.");
      }
      if (cause instanceof SAXException) {
        return answer(Status.BAD_REQUEST, type, message);
      }
      if (cause instanceof NotFoundException || cause instanceof NullValueException) {
        return answer(Status.NOT_FOUND, type, message);
      }
      String kind = notWhitelisted(cause);
      if (kind != null) {
        return answer(Status.BAD_REQUEST, INVALID_REQUEST, "Not a valid " + kind + " id: a " + kind
            + " id may contain only the characters the engine's " + kind + " resource whitelist allows"
            + " (by default letters and digits).");
      }
    }
    return null;
  }

  /** "user", "group" or "tenant" if the engine refused an id of that kind for its characters, else null. */
  static String notWhitelisted(Throwable failure) {
    Matcher refusal = NOT_WHITELISTED.matcher(String.valueOf(failure.getMessage()));
    return failure instanceof ProcessEngineException && refusal.matches() ? refusal.group(1).toLowerCase() : null;
  }

  /** A Java class named in a message, by its package and name. */
  private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}([A-Z][\\w$]*)");
  /** Where a JSON parser was, and the objects it was filling: the server's inside. */
  private static final Pattern JSON_DETAILS = Pattern.compile(
      "\\s*(?:at \\[Source: .*?\\](?: \\(through reference chain: .*?\\))?|\\(through reference chain: .*?\\))",
      Pattern.DOTALL);

  /** An answer's message says what to fix in the caller's words, never which class of the server failed. */
  static String withoutClassNames(String message) {
    return message == null ? null
        : QUALIFIED_CLASS.matcher(JSON_DETAILS.matcher(message).replaceAll("")).replaceAll("$1");
  }

  private static Response withoutClassNames(Response answer) {
    if (answer.getEntity() instanceof ExceptionDto body) {
      body.setMessage(withoutClassNames(body.getMessage()));
    }
    return answer;
  }

  private static Response answer(Status status, String type, String message) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(withoutClassNames(message));
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
