package org.ohtpathway.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ParamException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xml.sax.SAXException;

/**
 * The engine's REST API answers some mistakes of the caller as if they were faults of the
 * server: a file that is not well-formed XML (or declares a DOCTYPE) is a 500, an unknown
 * task id on form submission is a 500, and a query parameter of the wrong type is a 404
 * saying only "Not Found". These mappers answer them as what they are, in the engine's own
 * {@code {type, message}} shape, without a stack trace.
 */
@Configuration
class EngineRestErrors {

  /** Ahead of the engine's own mappers of the same exception types. */
  static final int AHEAD_OF_THE_ENGINE = 1000;

  @Bean
  ResourceConfigCustomizer engineRestErrorMappers() {
    return config -> config.register(QueryParameters.class).register(EngineFailures.class)
        .register(WrappedEngineFailures.class);
  }

  @Priority(AHEAD_OF_THE_ENGINE)
  static class QueryParameters implements ExceptionMapper<ParamException> {
    @Override
    public Response toResponse(ParamException refused) {
      return answer(Status.BAD_REQUEST, "InvalidRequestException", "The parameter '" + refused.getParameterName()
          + "' has a value that is not a valid " + refused.getParameterType().getSimpleName().toLowerCase() + ".");
    }
  }

  @Priority(AHEAD_OF_THE_ENGINE)
  static class EngineFailures implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException failure) {
      Status status = callersMistake(failure);
      Throwable refusal = refusalIn(failure);
      if (status == null && refusal != null && refusal != failure) {
        // A refusal thrown inside a listener reaches here wrapped in the engine's own exception.
        return answer(refusal instanceof AuthorizationException ? Status.FORBIDDEN : Status.BAD_REQUEST,
            refusal.getClass().getSimpleName(), refusal.getMessage());
      }
      return status == null ? ExceptionHandlerHelper.getInstance().getResponse(failure)
          : answer(status, failure.getClass().getSimpleName(), failure.getMessage());
    }
  }

  @Priority(AHEAD_OF_THE_ENGINE)
  static class WrappedEngineFailures implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException failure) {
      Throwable refusal = failure.getStatus() == Status.INTERNAL_SERVER_ERROR ? refusalIn(failure.getCause()) : null;
      if (refusal != null) {
        return answer(refusal instanceof AuthorizationException ? Status.FORBIDDEN : Status.BAD_REQUEST,
            refusal.getClass().getSimpleName(), refusal.getMessage());
      }
      Status status = failure.getStatus() == Status.INTERNAL_SERVER_ERROR ? callersMistake(failure.getCause()) : null;
      return status == null ? ExceptionHandlerHelper.getInstance().getResponse(failure)
          : answer(status, RestException.class.getSimpleName(), failure.getMessage());
    }
  }

  /** The application's refusal (403, or 400 for a request that must be made otherwise) in a failure's causes. */
  static Throwable refusalIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException || cause instanceof BadUserRequestException) {
        return cause;
      }
    }
    return null;
  }

  /** The status the caller's mistake deserves, or null when the fault is the server's. */
  static Status callersMistake(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SAXException) {
        return Status.BAD_REQUEST;
      }
      if (cause instanceof NotFoundException || cause instanceof NullValueException) {
        return Status.NOT_FOUND;
      }
    }
    return null;
  }

  private static Response answer(Status status, String type, String message) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
