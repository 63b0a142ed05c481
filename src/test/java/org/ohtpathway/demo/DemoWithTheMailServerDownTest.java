package org.ohtpathway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.junit.jupiter.api.Test;
import org.ohtpathway.progress.CaseProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo makes its referrals even when the mail server refuses connections: their emails wait
 * in their jobs, for the job executor to retry and then to show as incidents, and stop nothing.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:oht-pathway-demo-mail-down;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true",
    "spring.mail.host=localhost",
    "spring.mail.port=1",
    "oht.demo.referrals=true"
})
class DemoWithTheMailServerDownTest {

  @Autowired CaseProgress progress;
  @Autowired ManagementService management;

  @Test
  void theDemoReferralsAreMadeAndTheirEmailsWaitInTheirJobs() {
    assertThat(progress.caseload(CaseProgress.Caseload.PRACTITIONER, DemoUsers.PRACTITIONER, 100)).hasSize(7);
    assertThat(management.createJobQuery().messages().list())
        .filteredOn(job -> "oht-send-email".equals(((JobEntity) job).getJobHandlerType()))
        .as("emails waiting to be sent").isNotEmpty();
  }
}
