package org.ohtpathway.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ohtpathway.OhtPathwayApplication;
import org.ohtpathway.Pathway;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.security.AccessGrants;
import org.ohtpathway.security.Groups;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in files: a restart loses nothing and deploys nothing again. */
class DataSurvivesRestartTest {

  @TempDir Path data;

  @Test
  void aReferralAndItsOpenTaskAreStillThereAfterARestart() {
    String url = "jdbc:h2:file:" + data.resolve("oht-pathway") + ";DB_CLOSE_ON_EXIT=FALSE";
    String reference;
    long grants;
    try (ConfigurableApplicationContext application = start(url)) {
      ProcessEngine engine = application.getBean(ProcessEngine.class);
      ProcessInstance referral = new Pathway(engine).refer();
      reference = referral.getBusinessKey();
      grants = groupGrants(engine);
    }

    try (ConfigurableApplicationContext application = start(url)) {
      ProcessEngine engine = application.getBean(ProcessEngine.class);
      assertThat(application.getBean(ReferralService.class).findByReference(reference)).isPresent();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
          .taskDefinitionKey(PathwayModel.TASK_TRIAGE_AND_ALLOCATE).count()).isEqualTo(1);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1);
      assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(8);
      assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(7);
      assertThat(groupGrants(engine)).as("the roles' authorizations, created again at start-up").isEqualTo(grants);
    }
  }

  private static long groupGrants(ProcessEngine engine) {
    String[] groups = Groups.ALL.stream().map(group -> group.get(0)).toArray(String[]::new);
    long grants = engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(groups).count();
    assertThat(grants).isGreaterThanOrEqualTo(AccessGrants.GRANTS.size());
    return grants;
  }

  private static ConfigurableApplicationContext start(String url) {
    // Without the Camunda webapps: they keep JVM-wide state that a second copy, started and
    // stopped beside the tests' own web server, would break.
    return new SpringApplicationBuilder(OhtPathwayApplication.class).run(
        "--spring.datasource.url=" + url,
        "--server.port=0",
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--oht.notifications.capture-dir=target/captured-mail/restart",
        "--spring.main.banner-mode=off");
  }
}
