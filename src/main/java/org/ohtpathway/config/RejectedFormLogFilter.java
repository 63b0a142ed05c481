package org.ohtpathway.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import java.util.Arrays;
import org.ohtpathway.form.FormRejectedException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A form refused for a wrong value is the user's to fix, not an error of the system: the
 * engine's error log of it ("ENGINE-16004 Exception while closing command context") is
 * dropped. The refusal itself is logged at INFO by the form handler, without values.
 */
@Component
class RejectedFormLogFilter extends TurboFilter {

  private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @PostConstruct
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    boolean refusal = t instanceof FormRejectedException
        || (params != null && Arrays.stream(params).anyMatch(FormRejectedException.class::isInstance));
    return refusal && logger.getName().startsWith(ENGINE_CONTEXT_LOGGER) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
