package org.ohtpathway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.security.Groups;
import org.ohtpathway.process.PathwayModel;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authorization checks take a user's groups as given, without first reading every group id
 * in the grants' table, and allow and refuse as before.
 */
@PathwayTest
class GroupsAsGivenTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  Pathway pathway;

  @BeforeEach
  void setUp() {
    pathway = new Pathway(engine);
  }

  @Test
  void theChecksDoNotNarrowTheGroupsByReadingTheGrantsTable() {
    List<String> narrowed = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
            .filterAuthenticatedGroupIds(List.of(Groups.COORDINATORS, "a-group-no-grant-names", Groups.COORDINATORS)));

    assertThat(narrowed).containsExactly(Groups.COORDINATORS, "a-group-no-grant-names");
  }

  @Test
  void aGroupNoGrantNamesGivesNothingAndTakesNothingAway() {
    ProcessInstance referral = pathway.refer();
    String triage = pathway.task(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE).getId();

    assertThat(countVisible(DemoUsers.COORDINATOR, List.of(Groups.COORDINATORS), triage)).isEqualTo(1);
    assertThat(countVisible(DemoUsers.COORDINATOR, List.of(Groups.COORDINATORS, "a-group-no-grant-names"), triage))
        .isEqualTo(1);
    assertThat(countVisible(DemoUsers.TRAINER, List.of("a-group-no-grant-names"), triage)).isZero();
  }

  private long countVisible(String user, List<String> groups, String taskId) {
    identity.setAuthentication(user, groups);
    try {
      return tasks.createTaskQuery().taskId(taskId).count();
    } finally {
      identity.clearAuthentication();
    }
  }
}
