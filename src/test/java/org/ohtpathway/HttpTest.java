package org.ohtpathway;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on a random port, its job executor off; the tests drive the jobs. Every test
 * over HTTP uses this one context: the REST API and the webapps find their engine by the name
 * "default" in a registry shared by the whole JVM, so a second web context would take it over.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:oht-pathway-access;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "oht.notifications.capture-dir=target/captured-mail/access"})
public @interface HttpTest {
}
