package org.ohtpathway.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** As the application runs for real: the job executor takes a new referral through its asynchronous eligibility check. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:oht-pathway-jobs;DB_CLOSE_DELAY=-1",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true",
    "oht.notifications.capture-dir=target/captured-mail/jobs"})
@DirtiesContext // its job executor would otherwise keep running beside the other tests
class JobExecutorTest {

  @Autowired ProcessEngine engine;

  @Test
  void theJobExecutorChecksEligibilityAndTheReferralReachesTheCoordinators() throws InterruptedException {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).latestVersion().singleResult().getId();
    Pathway pathway = new Pathway(engine);
    ProcessInstance referral = pathway.as(DemoUsers.PRACTITIONER,
        () -> engine.getFormService().submitStartForm(definition, Pathway.referralForm()));

    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (pathway.tasks(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE).isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(pathway.tasks(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE)).as("triage task after the job executor ran")
        .hasSize(1);
  }
}
