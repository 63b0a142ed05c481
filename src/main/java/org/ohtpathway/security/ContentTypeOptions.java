package org.ohtpathway.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code X-Content-Type-Options: nosniff} on the application's own responses, refusals
 * included: a browser then never runs an export or an error as a script or a page because its
 * content looks like one. The Camunda webapps set it on theirs themselves.
 */
@Configuration
class ContentTypeOptions {

  @Bean
  FilterRegistrationBean<Filter> contentTypeOptionsFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
      ((HttpServletResponse) response).setHeader("X-Content-Type-Options", "nosniff");
      chain.doFilter(request, response);
    });
    registration.setName("oht-content-type-options");
    // Before the login throttle and the authentication, whose refusals need it too.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
    registration.addUrlPatterns("/api/*", "/reports", "/reports/*", "/cases", "/cases/*");
    return registration;
  }
}
