package org.ohtpathway.benchmark;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;
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

  /**
   * GreenMail writes each line of its reply to EHLO on its own, on a socket with Nagle's
   * algorithm on: its second line then waits for the client to acknowledge the first, which
   * Linux delays by 40 ms. Every email waited that long in its reply to EHLO (Java Flight
   * Recorder: 843 reads of it, 42.9 ms each, in 70 referrals), which a mail server that sends
   * its reply in one write does not make it wait. Its sockets here send each line at once.
   */
  private static GreenMail startSmtp() {
    GreenMail smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP)) {
      @Override
      protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = new HashMap<>();
        for (ServerSetup setup : config) {
          services.put(setup.getProtocol(), new SmtpServer(setup, managers) {
            @Override
            protected ProtocolHandler createProtocolHandler(Socket client) {
              try {
                client.setTcpNoDelay(true);
              } catch (SocketException e) {
                throw new UncheckedIOException(e);
              }
              return super.createProtocolHandler(client);
            }
          });
        }
        return services;
      }
    };
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
