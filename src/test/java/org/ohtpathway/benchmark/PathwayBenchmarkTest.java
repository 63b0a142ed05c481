package org.ohtpathway.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.apache.commons.io.output.TeeOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

/** The pathway and staff queries benchmarks in a tiny configuration: each runs to the end and prints every figure. */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:oht-pathway-benchmark-test;DB_CLOSE_DELAY=-1",
    "oht.notifications.capture-dir=target/captured-mail/benchmark-test"})
class PathwayBenchmarkTest extends BenchmarkApplication {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired WebApplicationContext application;
  @Value("${spring.datasource.url}") String url;

  @Test
  void tinyBenchmarkCompletesAndPrintsEachFigure() throws Exception {
    Path document = Path.of("target/benchmark-test/performance.md");
    Files.deleteIfExists(document);
    BenchmarkRun.Settings settings = new BenchmarkRun.Settings(20, 2, 20, 10, 40,
        "jdbc:h2:mem:bare-engine-test;DB_CLOSE_DELAY=-1", "oht_test_bare_engine", document,
        "mvn test -Dtest=PathwayBenchmarkTest");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(new TeeOutputStream(System.out, printed), true, StandardCharsets.UTF_8)) {
      new BenchmarkRun(engine, (CountingDataSource) dataSource, url, settings, out,
          BenchmarkApplication::emptyMailboxes).run();
    }
    String output = printed.toString(StandardCharsets.UTF_8);

    String number = "[0-9][0-9,]*(\\.[0-9]+)?";
    assertThat(output).contains("The application [" + "#".repeat(30) + "] 100% 20/20");
    assertThat(output).contains("The bare engine [" + "#".repeat(30) + "] 100% 20/20");
    assertThat(output).containsPattern("\\| Referrals completed per second \\| " + number + " \\| " + number + " \\|");
    assertThat(output).containsPattern("\\| Database transactions that write, per referral \\| " + number + " \\| " + number + " \\|");
    assertThat(output).containsPattern("\\| All statements \\| " + number + " \\| " + number + " \\|");
    // Both engines read the tasks and write their history.
    assertThat(output).containsPattern("\\| `select act_ru_task` \\| " + number + " \\| " + number + " \\|");
    assertThat(output).containsPattern("\\| `insert act_hi_actinst` \\| " + number + " \\| " + number + " \\|");
    // The bare engine's transactions write the engine's tables only; each email's delivery record is its own.
    assertThat(output).containsPattern("\\| \\(the engine's tables only\\) \\| " + number + " \\| " + number + " \\|");
    assertThat(output).containsPattern("\\| `notification_delivery` \\| " + number + " \\| 0\\.0 \\|");
    for (String percentile : new String[] {"p50", "p95", "p99"}) {
      assertThat(output).containsPattern("\\| Start a referral, " + percentile + " \\| " + number + " ms \\| " + number + " ms \\|");
      assertThat(output).containsPattern("\\| Complete a task, " + percentile + " \\| " + number + " ms \\| " + number + " ms \\|");
    }
    assertThat(output).containsPattern("\\| Peak heap in use \\| " + number + " MB \\| " + number + " MB \\|");
    assertThat(output).containsPattern("Our overhead over the bare engine: \\*\\*" + number + "×\\*\\*");
    assertThat(output).containsPattern("\\| 1 to 10 \\| " + number + " \\| " + number + " \\|");
    assertThat(output).containsPattern("\\| 11 to 20 \\| " + number + " \\| " + number + " \\|");
    assertThat(output).containsPattern("The application's last slice against its first: \\*\\*[+-]" + number + "%\\*\\*");
    // The triage form is timed in rounds until one's median settles: at least two a time.
    assertThat(output).containsPattern("Triage form, no closed referrals, round 2: median " + number + " ms");
    assertThat(output).containsPattern("Triage form, 40 closed referrals, round 2: median " + number + " ms");
    assertThat(output).containsPattern("\\| none \\| " + number + " ms \\| " + number + " ms \\|");
    assertThat(output).containsPattern("\\| 40 \\(all the same trainer's\\) \\| " + number + " ms \\| " + number + " ms \\|");
    assertThat(output).containsPattern("With history against without, at the median: \\*\\*[+-]" + number + "%\\*\\*");
    assertThat(Files.readString(document)).contains("<!-- pathway-benchmark-", "## The pathway on ");
  }

  @Test
  void tinyStaffQueriesBenchmarkCompletesAndPrintsEachFigure() throws Exception {
    Path document = Path.of("target/benchmark-test/staff-queries.md");
    Files.deleteIfExists(document);
    StaffQueries.Settings settings = new StaffQueries.Settings(60, 4, 20, false, document,
        "mvn test -Dtest=PathwayBenchmarkTest");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(new TeeOutputStream(System.out, printed), true, StandardCharsets.UTF_8)) {
      new StaffQueries(engine, new JdbcTemplate(dataSource), application,
          url, settings, out).run();
    }
    String output = printed.toString(StandardCharsets.UTF_8);

    String number = "[0-9][0-9,]*(\\.[0-9]+)?";
    assertThat(output).contains("Open referrals [" + "#".repeat(30) + "] 100% 60/60");
    assertThat(output).containsPattern("60 open referrals \\([0-9]+ open tasks;");
    for (String query : new String[] {"Trainer's \"My tasks\"", "Coordinators' \"Unallocated referrals\"",
        "Open a task form: first contact (trainer)", "Open a task form: triage (coordinator)",
        "Caseload page: trainer's \"My cases\"", "Caseload page: practitioner's \"My cases\"",
        "Caseload page: coordinator's \"All open\"", "Caseload page: coordinator's \"Unallocated\"",
        "Caseload page: coordinator's \"Overdue\"", "Caseload page: manager's \"All open\"",
        "Case view: the trainer's own case", "Case view: a coordinator opens a case",
        "Case tab of a task in Tasklist (trainer)"}) {
      assertThat(output).containsPattern("\\| " + java.util.regex.Pattern.quote(query) + "[^|]* \\| " + number
          + " ms \\| " + number + " ms \\| " + number + " ms \\|");
    }
    assertThat(Files.readString(document)).contains("<!-- staff-queries-", "## Staff queries on ");
  }
}
