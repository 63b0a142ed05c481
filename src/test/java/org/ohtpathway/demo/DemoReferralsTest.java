package org.ohtpathway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.ohtpathway.allocation.TriageService;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.progress.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A first start of the demo shows a living service: referrals at every kind of stage, one with a note. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:oht-pathway-demo-referrals;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true",
    "oht.notifications.capture-dir=target/captured-mail/${random.uuid}",
    "oht.demo.referrals=true"
})
class DemoReferralsTest {

  @Autowired CaseProgress progress;
  @Autowired TriageService triage;
  @Autowired org.ohtpathway.note.CaseNoteService notes;

  @Test
  void theDemoStartsWithReferralsAtDifferentStagesOneReallocatedAndOneOnHold() {
    assertThat(progress.caseload(CaseProgress.Caseload.PRACTITIONER, DemoUsers.PRACTITIONER, 100))
        .extracting(ReferralProgress::getStage, ReferralProgress::getTrainerId, ReferralProgress::getEndState,
            ReferralProgress::isOnHold)
        .containsExactlyInAnyOrder(
            tuple(Stage.ELIGIBILITY, null, null, false),
            tuple(Stage.ALLOCATION, DemoUsers.TRAINER, null, false),
            tuple(Stage.SESSIONS, DemoUsers.TRAINER, null, false),
            tuple(Stage.FIRST_CONTACT, DemoUsers.TRAINER, null, false),
            tuple(Stage.ASSESSMENT, DemoUsers.TRAINER, null, true),
            tuple(Stage.EXIT, DemoUsers.TRAINER, EndState.COMPLETED, false),
            tuple(Stage.ELIGIBILITY, null, EndState.DECLINED, false));
    ReferralProgress reallocated = progress.caseload(CaseProgress.Caseload.PRACTITIONER, DemoUsers.PRACTITIONER, 100)
        .stream().filter(c -> c.getStage() == Stage.FIRST_CONTACT).findFirst().orElseThrow();
    assertThat(triage.allocationsOf(reallocated.getReferralId()))
        .extracting(allocation -> allocation.getTrainerId())
        .containsExactly(DemoUsers.SECOND_TRAINER, DemoUsers.TRAINER);
    ReferralProgress inSessions = progress.caseload(CaseProgress.Caseload.PRACTITIONER, DemoUsers.PRACTITIONER, 100)
        .stream().filter(c -> c.getStage() == Stage.SESSIONS).findFirst().orElseThrow();
    assertThat(notes.timeline(inSessions.getReferralId())).singleElement()
        .satisfies(note -> assertThat(note.title()).isEqualTo("Note: Phone call (shared with the practitioner)"));
  }
}
