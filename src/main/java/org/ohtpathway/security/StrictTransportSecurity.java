package org.ohtpathway.security;

import jakarta.servlet.Filter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HSTS on every response, not only the webapps' (which set it themselves): browsers keep to
 * HTTPS for a year. On in the prod profile ({@code oht.security.hsts}).
 */
@Configuration
@ConditionalOnProperty("oht.security.hsts")
class StrictTransportSecurity {

  @Bean
  FilterRegistrationBean<Filter> strictTransportSecurityFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
      ((jakarta.servlet.http.HttpServletResponse) response)
          .setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
      chain.doFilter(request, response);
    });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
