package org.ohtpathway.security;

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
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> restApiLoginThrottle(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, LoginThrottleFilter.HTTP_BASIC));
    registration.setName("oht-rest-login-throttle");
    registration.setOrder(THROTTLE_ORDER);
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> webappLoginThrottle(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, LoginThrottleFilter.LOGIN_FORM));
    registration.setName("oht-webapp-login-throttle");
    registration.setOrder(THROTTLE_ORDER);
    registration.addUrlPatterns(WEBAPP_LOGIN);
    return registration;
  }

  /** The application's own endpoints and report page. */
  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identity,
      LoginThrottle throttle) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, throttle));
    registration.setName("oht-api-authentication");
    registration.addUrlPatterns("/api/*", "/reports", "/reports/*");
    return registration;
  }

  /** The actuator's metrics (its health check is open) show the system's internals: administrators only. */
  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> metricsAuthenticationFilter(IdentityService identity,
      LoginThrottle throttle) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
        new ApiAuthenticationFilter(identity, throttle, Groups.ADMINS,
            "Only system administrators may read the metrics."));
    registration.setName("oht-metrics-authentication");
    registration.addUrlPatterns("/actuator/metrics/*", "/actuator/metrics");
    return registration;
  }
}
