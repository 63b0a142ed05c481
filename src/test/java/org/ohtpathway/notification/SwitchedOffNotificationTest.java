package org.ohtpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ohtpathway.Pathway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A service can switch off the emails it finds of little value, one event at a time. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:oht-pathway-quiet;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true",
    "spring.mail.host=localhost",
    "spring.mail.port=3025",
    "oht.notifications.switched-off=allocated,referral-received"
})
class SwitchedOffNotificationTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

  @Autowired ProcessEngine engine;
  @Autowired Notifier notifier;

  @Test
  void aSwitchedOffEventSendsNothingWhileTheOthersStillDo() {
    Pathway pathway = new Pathway(engine);
    ProcessInstance referral = pathway.referAndAllocate();
    pathway.fire(referral, "BoundaryEvent_RecordContactAttemptReminder");

    Mailbox mail = Mailbox.of(smtp.getReceivedMessages()).about(referral.getBusinessKey());
    assertThat(mail.recipientsOf("referral-received")).isEmpty();
    assertThat(mail.recipientsOf("allocated")).isEmpty();
    assertThat(mail.recipientsOf("first-contact-reminder")).containsExactly("tina@oht-pathway.example");
  }
}
