package org.ohtpathway.benchmark;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as the benchmarks run it: the job executor off (the benchmark runs due jobs
 * itself), emails sent to a GreenMail SMTP server, and a data source that counts transactions.
 * Each benchmark names its own database with {@code @TestPropertySource}.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true",
    "spring.mail.host=localhost"})
@Import(BenchmarkApplication.Counting.class)
abstract class BenchmarkApplication {

  static final GreenMail SMTP = startSmtp();

  private static GreenMail startSmtp() {
    GreenMail smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  /** Emails received so far are dropped, so that a long run does not keep them all in memory. */
  static void emptyMailboxes() {
    try {
      SMTP.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestConfiguration
  static class Counting {
    @Bean
    static BeanPostProcessor countingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
              && name.equals("dataSource") ? new CountingDataSource(dataSource) : bean;
        }
      };
    }
  }
}
