package org.ohtpathway.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application sending email to GreenMail's SMTP server on port 3025, job executor off,
 * with a short retry cycle and a mailbox for the managers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:oht-pathway-mail;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true",
    "spring.mail.host=localhost",
    "spring.mail.port=3025",
    "oht.notifications.retry-cycle=R3/PT1M",
    "oht.notifications.mailboxes.oht-managers=managers@oht-pathway.example"
})
public @interface MailTest {
}
