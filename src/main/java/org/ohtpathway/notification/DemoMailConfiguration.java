package org.ohtpathway.notification;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;

/** In the demo profile without a mail server, emails are captured as files. */
@Configuration
@Profile("demo")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class DemoMailConfiguration {

  @Bean
  JavaMailSender capturedMail(NotificationProperties properties) {
    return new CapturedMail(Path.of(properties.captureDir()));
  }
}
