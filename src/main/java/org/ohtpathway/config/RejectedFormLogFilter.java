package org.ohtpathway.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import java.util.Arrays;
import java.util.Optional;
import org.ohtpathway.form.FormRejectedException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps what staff entered out of the log.
 *
 * <p>A form refused for a wrong value is the user's to fix, not an error of the system: the
 * engine's error log of it ("ENGINE-16004 Exception while closing command context") is
 * dropped. The refusal itself is logged at INFO by the form handler, without values. So is
 * the engine's error log of a user, group or tenant id refused for its characters, which would
 * repeat the id: the REST API answers it 400 like any request to correct (see
 * {@link EngineRestErrors}).
 *
 * <p>A statement the database refused for its values (a value too long, a duplicate key) has
 * a message that quotes the statement and the values, and the engine, Hibernate and the REST
 * API each log it. Forms refuse such values before the database sees them; should one still
 * get through, the line is replaced by one that says who logged what and the SQL state, and
 * Hibernate's line of the database's message is dropped (its line before, "SQL Error: 22001,
 * SQLState: 22001", stays).
 */
@Component
class RejectedFormLogFilter extends TurboFilter {

  private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
  private static final String HIBERNATE_SQL_MESSAGES = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper";
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RejectedFormLogFilter.class);

  @PostConstruct
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    if (level == null || format == null && t == null) {
      return FilterReply.NEUTRAL;
    }
    Throwable failure = t != null ? t : lastThrowable(params);
    boolean callersToFix = failure instanceof FormRejectedException
        || failure != null && EngineRestErrors.notWhitelisted(failure) != null;
    if (callersToFix) {
      return logger.getName().startsWith(ENGINE_CONTEXT_LOGGER) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
    if (logger.getName().equals(HIBERNATE_SQL_MESSAGES) && level.isGreaterOrEqual(Level.ERROR)) {
      return FilterReply.DENY;
    }
    Optional<PersistenceFailure> refused = failure == null ? Optional.empty() : PersistenceFailure.in(failure);
    if (refused.isEmpty() || !refused.get().quotesValues()) {
      return FilterReply.NEUTRAL;
    }
    if (logger.isEnabledFor(level)) {
      LOG.atLevel(org.slf4j.event.Level.intToLevel(Level.toLocationAwareLoggerInteger(level)))
          .log("{} logged {} for a statement the database refused (SQL state {}); its message is not logged, as it"
              + " may hold entered values", logger.getName(), failure.getClass().getName(), refused.get().sqlState());
    }
    return FilterReply.DENY;
  }

  /** SLF4J takes a throwable as the last parameter of a formatted message. */
  private static Throwable lastThrowable(Object[] params) {
    if (params == null) {
      return null;
    }
    return Arrays.stream(params).filter(Throwable.class::isInstance).map(Throwable.class::cast)
        .reduce((first, second) -> second).orElse(null);
  }
}
