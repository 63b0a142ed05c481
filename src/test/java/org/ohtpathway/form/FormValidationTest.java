package org.ohtpathway.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohtpathway.process.PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_EXIT;
import static org.ohtpathway.process.PathwayModel.TASK_REVIEW_PROGRESS;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_SUPPORT_SESSION;
import static org.ohtpathway.process.PathwayModel.TASK_TRIAGE_AND_ALLOCATE;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.assessment.AssessmentService;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.exit.ExitService;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.annotation.Autowired;

/** Forms check only in the browser; the server enforces the same rules, and more. */
@PathwayTest
class FormValidationTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired ReferralService referrals;
  @Autowired AssessmentService assessments;
  @Autowired ExitService exits;

  Pathway pathway;

  @BeforeEach
  void setUp() {
    pathway = new Pathway(engine);
  }

  @Test
  void anAssessmentWithAnOutOfRangeScoreIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
    ProcessInstance referral = pathway.referAndAllocate();
    pathway.submit(referral, "Task_RecordContactAttempt", DemoUsers.TRAINER, Pathway.contactForm("APPOINTMENT_BOOKED"));
    Task task = pathway.task(referral, TASK_ASSESS_HEALTH_AND_WELLBEING);
    Map<String, Object> form = Pathway.assessmentForm(false);
    form.put("swemwbs3", "6");
    form.put("auditCSixOrMore", "7");
    form.remove("confidenceToChange");

    assertThatThrownBy(() -> pathway.submit(task, DemoUsers.TRAINER, form))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Wellbeing statement 3 (I've been feeling relaxed): must be between 1 and 5")
        .hasMessageContaining("AUDIT-C question 3")
        .hasMessageContaining("Confidence to change: is required");

    assertThat(pathway.task(referral, TASK_ASSESS_HEALTH_AND_WELLBEING).getId()).isEqualTo(task.getId());
    assertThat(assessments.assessmentOf(pathway.referralId(referral))).isEmpty();
    assertThat(engine.getRuntimeService().getVariables(referral.getId())).doesNotContainKey("swemwbs3");
  }

  @Test
  void aReferralWithABadCrnIsRefusedAndNothingIsRecorded() {
    Map<String, Object> form = Pathway.referralForm();
    form.put("crn", "a12345");
    form.put("presentingNeeds", Pathway.json("[]"));

    assertThatThrownBy(() -> pathway.refer(form))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("Case reference number (CRN): must be one capital letter followed by six digits")
        .hasMessageContaining("Presenting needs: choose at least one");
    assertThat(referrals.findByCrn("a12345")).isEmpty();
  }

  @Test
  void aChoiceThatIsNotOneOfTheOptionsIsRefused() {
    ProcessInstance referral = pathway.refer();
    Map<String, Object> form = Pathway.triageForm(DemoUsers.TRAINER);
    form.put("priority", "URGENT");
    form.put("trainerId", DemoUsers.COORDINATOR);

    assertThatThrownBy(() -> pathway.submit(referral, TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, form))
        .hasMessageContaining("Priority: must be one of the options (High, Medium, Routine)")
        .hasMessageContaining("Health Trainer: choose a member of the Health Trainers group");
  }

  @Test
  void anExitMeasureNotCollectedNeedsAReason() {
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));
    Map<String, Object> form = Pathway.exitForm("PLANNED_SESSIONS_DONE", 2);
    form.put("measuresNotCollected", Pathway.json("[\"SWEMWBS\"]"));
    for (int i = 1; i <= 7; i++) {
      form.remove("exitSwemwbs" + i);
    }

    assertThatThrownBy(() -> pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, form))
        .hasMessageContaining("Why measures were not collected: is required");

    form.put("notCollectedReason", "PERSON_DECLINED");
    pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER, form);
    assertThat(exits.exitOf(pathway.referralId(referral)).orElseThrow().getSwemwbs()).isNull();
  }

  @Test
  void everyGoalOfThePlanNeedsAnAchievementAtExit() {
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));

    assertThatThrownBy(() -> pathway.submit(referral, TASK_RECORD_EXIT, DemoUsers.TRAINER,
        Pathway.exitForm("GOALS_MET", 1)))
        .hasMessageContaining("Goal 2: say whether the goal was achieved");
  }

  @Test
  void aTaskCannotBeCompletedWithoutItsForm() {
    ProcessInstance referral = pathway.refer();
    Task task = pathway.task(referral, TASK_TRIAGE_AND_ALLOCATE);

    assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("trainerId", DemoUsers.TRAINER)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("only by submitting its form");
    assertThat(pathway.task(referral, TASK_TRIAGE_AND_ALLOCATE).getId()).isEqualTo(task.getId());
  }

  @Test
  void aReferralCannotBeStartedWithoutItsForm() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("OhtPathway"))
        .hasMessageContaining("only by submitting its form");
  }
}
