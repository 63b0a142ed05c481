package org.ohtpathway.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's REST API is open by default, and anyone who can deploy through it can run
 * code on the server. Every request to {@code /engine-rest} must authenticate (HTTP basic
 * against the Camunda identity service), and then acts as that user. Every way to log in goes
 * through the {@link LoginThrottle} first.
 */
@Configuration
class RestApiAuthentication {

  /** After Spring's ForwardedHeaderFilter (highest precedence), so the client address is the proxy's client. */
  static final int THROTTLE_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;
  /** The webapps' login form; the webapps live under /camunda, their engine is "default". */
  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/default/login/*";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        registration(new ProcessEngineAuthenticationFilter(), "camunda-rest-authentication", null, "/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> restApiLoginThrottle(LoginThrottle throttle) {
    return registration(new LoginThrottleFilter(throttle, LoginThrottleFilter.HTTP_BASIC), "oht-rest-login-throttle",
        THROTTLE_ORDER, "/engine-rest/*");
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> webappLoginThrottle(LoginThrottle throttle) {
    return registration(new LoginThrottleFilter(throttle, LoginThrottleFilter.LOGIN_FORM), "oht-webapp-login-throttle",
        THROTTLE_ORDER, WEBAPP_LOGIN);
  }

  /** The application's own endpoints and report page. */
  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identity,
      LoginThrottle throttle) {
    return registration(new ApiAuthenticationFilter(identity, throttle), "oht-api-authentication", null,
        "/api/*", "/reports", "/reports/*", "/cases", "/cases/*");
  }

  /** The actuator's metrics (its health check is open) show the system's internals: administrators only. */
  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> metricsAuthenticationFilter(IdentityService identity,
      LoginThrottle throttle) {
    return registration(new ApiAuthenticationFilter(identity, throttle, Groups.ADMINS,
        "Only system administrators may read the metrics."), "oht-metrics-authentication", null,
        "/actuator/metrics/*", "/actuator/metrics");
  }

  private static <F extends Filter> FilterRegistrationBean<F> registration(F filter, String name, Integer order,
      String... urlPatterns) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    if (order != null) {
      registration.setOrder(order);
    }
    registration.addUrlPatterns(urlPatterns);
    return registration;
  }
}
