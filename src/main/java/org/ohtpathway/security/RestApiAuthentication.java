package org.ohtpathway.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API is open by default, and anyone who can deploy through it can run
 * code on the server. Every request to {@code /engine-rest} must authenticate (HTTP basic
 * against the Camunda identity service), and then acts as that user.
 */
@Configuration
class RestApiAuthentication {

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

  /** The application's own endpoints and report page, and the actuator's beyond its health check. */
  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identity) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
    registration.setName("oht-api-authentication");
    registration.addUrlPatterns("/api/*", "/actuator/metrics/*", "/actuator/metrics", "/reports", "/reports/*");
    return registration;
  }
}
