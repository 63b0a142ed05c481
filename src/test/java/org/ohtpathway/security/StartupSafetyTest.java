package org.ohtpathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ohtpathway.OhtPathwayApplication;
import org.ohtpathway.config.StartupSafety;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile refuses to start a configuration that would expose data. */
class StartupSafetyTest {

  private static void start(String... arguments) {
    new SpringApplicationBuilder(OhtPathwayApplication.class).run(arguments).close();
  }

  @Test
  void productionWithoutAnAdministratorPasswordDoesNotStart() {
    assertThatThrownBy(() -> start("--spring.profiles.active=prod",
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/none"))
        .hasMessageContaining("administrator's password is missing")
        .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");
  }

  @Test
  void productionWithAWeakAdministratorPasswordDoesNotStart() {
    assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--camunda.bpm.admin-user.password=Password123",
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/none"))
        .hasMessageContaining("too weak");
  }

  @Test
  void productionWithTheAdministratorsIdAsPasswordDoesNotStart() {
    assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--camunda.bpm.admin-user.password=admin",
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/none"))
        .hasMessageContaining("same as the user id");
  }

  @Test
  void productionOnTheEmbeddedH2DatabaseDoesNotStart() {
    assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--camunda.bpm.admin-user.password=Kx7!vR2#pLm9qZ",
        "--spring.datasource.url=jdbc:h2:file:./data/oht-pathway"))
        .hasMessageContaining("PostgreSQL");
  }

  @Test
  void productionWithoutAKeyForTheExportsCaseIdsDoesNotStart() {
    assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--camunda.bpm.admin-user.password=Kx7!vR2#pLm9qZ",
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/none", "--oht.reports.pseudonym-key=too-short"))
        .hasMessageContaining("OHT_REPORTS_PSEUDONYMKEY");
  }

  @Test
  void productionWithTheDemoProfileDoesNotStart() {
    assertThatThrownBy(() -> start("--spring.profiles.active=prod,demo"))
        .hasMessageContaining("demo profile");
  }

  @Test
  void strongPasswordsAreAcceptedAndCommonOnesAreNot() {
    assertThat(StartupSafety.weakness("admin", "Kx7!vR2#pLm9qZ")).isNull();
    assertThat(StartupSafety.weakness("admin", "Welcome!2026X")).contains("too weak");
    assertThat(StartupSafety.weakness("admin", "Admin!2026xyzQ")).contains("too weak");
    assertThat(StartupSafety.weakness("admin", "short1!A")).contains("too weak");
    assertThat(StartupSafety.weakness("admin", "nosymbolsHere123")).contains("too weak");
  }
}
