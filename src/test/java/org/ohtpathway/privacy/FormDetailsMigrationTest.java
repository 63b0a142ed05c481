package org.ohtpathway.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import db.migration.V3__Remove_form_details_from_task_variables;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An open task of an older version still holding the details its form showed loses them, and keeps its references. */
@PathwayTest
class FormDetailsMigrationTest {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void detailsKeptOnOpenTasksAreRemovedAndReferencesStay() throws Exception {
    ProcessInstance referral = new Pathway(engine).refer();
    Task triage = new Pathway(engine).task(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE);
    // As tasks of the older version kept them: a text, and a list (JSON, stored apart).
    engine.getTaskService().setVariableLocal(triage.getId(), "personName", "Marked Person");
    engine.getTaskService().setVariableLocal(triage.getId(), "trainerOptions",
        Pathway.json("[{\"value\":\"tina\",\"label\":\"Tina Trent (0 open)\"}]"));
    engine.getTaskService().setVariableLocal(triage.getId(), PathwayVariables.SAFEGUARDING_CONCERN_ID.name(), 7L);
    String longValue = jdbc.queryForObject("select BYTEARRAY_ID_ from ACT_RU_VARIABLE where TASK_ID_ = ?"
        + " and NAME_ = 'trainerOptions'", String.class, triage.getId());
    assertThat(longValue).as("the list is stored apart").isNotNull();

    try (Connection connection = dataSource.getConnection()) {
      new V3__Remove_form_details_from_task_variables().migrate(new Context() {
        @Override
        public Configuration getConfiguration() {
          return null;
        }

        @Override
        public Connection getConnection() {
          return connection;
        }
      });
    }

    assertThat(engine.getTaskService().getVariablesLocal(triage.getId()))
        .containsOnlyKeys(PathwayVariables.SAFEGUARDING_CONCERN_ID.name());
    assertThat(jdbc.queryForObject("select count(*) from ACT_GE_BYTEARRAY where ID_ = ?", Long.class, longValue))
        .as("the list's stored value").isZero();
    assertThat(engine.getRuntimeService().getVariable(referral.getId(), PathwayVariables.REFERRAL_ID.name()))
        .as("the pathway's own variables").isNotNull();
  }
}
