package org.ohtpathway.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * H2 keeps the statements it has parsed for each connection, by default the last 8; a step of
 * the pathway runs several dozen different ones (Camunda's authorization check among them, a
 * statement of a dozen sub-selects), so on H2 many were parsed again at every step: 13% of the
 * walking thread's samples in a profile of the pathway benchmark (docs/performance.md). A
 * database opened after this runs keeps the last {@value #SIZE}, unless the
 * {@value #PROPERTY} system property or the database URL's {@code QUERY_CACHE_SIZE} says
 * otherwise. PostgreSQL's driver keeps its own prepared statements and is not affected.
 */
public class H2StatementCache implements EnvironmentPostProcessor {

  static final String PROPERTY = "h2.queryCacheSize";
  static final String SIZE = "256";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, SIZE);
    }
  }
}
