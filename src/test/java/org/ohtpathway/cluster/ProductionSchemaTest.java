package org.ohtpathway.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.ohtpathway.OhtPathwayApplication;
import org.ohtpathway.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Production: the database owner makes the engine's tables from Camunda's own SQL scripts (the
 * ones inside camunda-engine-7.24.0.jar, in the order docs/operations.md gives); the application
 * then adds its own tables with its migrations and starts. Without the engine's tables, it
 * refuses to start rather than make them itself.
 */
class ProductionSchemaTest {

  /** The scripts, in the order the engine itself runs them. */
  static final List<String> CAMUNDA_SCRIPTS = List.of("engine", "history", "identity", "case.engine",
      "case.history", "decision.engine", "decision.history");

  @Test
  void theProductionProfileStartsOnTablesMadeFromCamundasScriptsAndMigratesItsOwn() {
    String url = TestDatabase.freshDatabase("oht_test_production");
    ResourceDatabasePopulator scripts = new ResourceDatabasePopulator();
    CAMUNDA_SCRIPTS.forEach(part -> scripts.addScript(
        new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql")));
    DriverManagerDataSource database = new DriverManagerDataSource(url, TestDatabase.user(), "");
    scripts.execute(database);

    try (ConfigurableApplicationContext application = startProduction(url)) {
      ProcessEngine engine = application.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("OhtPathway").count())
          .isEqualTo(1);
      JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
          String.class)).as("the baseline beside the engine's tables, then the migrations")
          .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18");
      assertThat(jdbc.queryForObject("select count(*) from referral", Long.class)).isZero();
    }
  }

  @Test
  void theProductionProfileDoesNotMakeTheEnginesTablesItself() {
    String url = TestDatabase.freshDatabase("oht_test_production_empty");
    assertThatThrownBy(() -> startProduction(url).close())
        .hasStackTraceContaining("no Camunda tables in the database");
  }

  private static ConfigurableApplicationContext startProduction(String url) {
    return new SpringApplicationBuilder(OhtPathwayApplication.class).run(
        "--spring.profiles.active=prod",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + TestDatabase.user(),
        "--spring.datasource.password=",
        "--camunda.bpm.admin-user.password=Kx7!vR2#pLm9qZ",
        "--oht.reports.pseudonym-key=a-production-key-of-at-least-32-characters",
        "--server.port=0",
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--camunda.bpm.job-execution.enabled=false",
        "--spring.main.banner-mode=off");
  }
}
