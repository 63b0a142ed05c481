package org.ohtpathway.demo;

import static org.ohtpathway.demo.DemoForms.acknowledgement;
import static org.ohtpathway.demo.DemoForms.assessmentForm;
import static org.ohtpathway.demo.DemoForms.contactForm;
import static org.ohtpathway.demo.DemoForms.exitForm;
import static org.ohtpathway.demo.DemoForms.exitSummaryForm;
import static org.ohtpathway.demo.DemoForms.planForm;
import static org.ohtpathway.demo.DemoForms.referralForm;
import static org.ohtpathway.demo.DemoForms.reviewForm;
import static org.ohtpathway.demo.DemoForms.sessionForm;
import static org.ohtpathway.demo.DemoForms.triageForm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ohtpathway.casework.CaseActionForm;
import org.ohtpathway.casework.CaseActions;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.note.CaseNoteService;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.referral.ReferralService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A living service for a new user of the demo: a handful of made-up referrals at different
 * stages (one reallocated, one on hold, one with a note), made through the pathway's own forms
 * and case actions by the demo staff, on a first start with no referrals. Only in the {@code demo} profile, with {@code oht.demo.referrals} on.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "oht.demo.referrals", havingValue = "true")
class DemoReferrals {

  private static final Logger LOG = LoggerFactory.getLogger(DemoReferrals.class);
  private static final Duration WAIT_FOR_A_TASK = Duration.ofSeconds(30);

  private final ReferralService referrals;
  private final FormService forms;
  private final TaskService tasks;
  private final IdentityService identity;
  private final RepositoryService repository;
  private final ManagementService management;
  private final CaseActions actions;
  private final CaseNoteService notes;

  DemoReferrals(ReferralService referrals, FormService forms, TaskService tasks, IdentityService identity,
      RepositoryService repository, ManagementService management, CaseActions actions, CaseNoteService notes) {
    this.notes = notes;
    this.referrals = referrals;
    this.forms = forms;
    this.tasks = tasks;
    this.identity = identity;
    this.repository = repository;
    this.management = management;
    this.actions = actions;
  }

  /** After the roles' permissions are set up ({@code AccessSetup}, order 30). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  public void createOnFirstStart() {
    if (referrals.anyReferral()) {
      return;
    }
    LOG.info("Demo profile: making demo referrals at different stages");
    waitForTask(refer("X100001", "Jordan", "Ellis"), PathwayModel.TASK_TRIAGE_AND_ALLOCATE);

    ProcessInstance priya = refer("X100002", "Priya", "Nair");
    submit(priya, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, triageForm(DemoUsers.TRAINER));

    ProcessInstance leon = toSessions(refer("X100003", "Leon", "Carter"), DemoUsers.TRAINER);
    submit(leon, PathwayModel.TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));
    Referral leonsCase = referrals.findByProcessInstanceId(leon.getId()).orElseThrow();
    as(DemoUsers.TRAINER, () -> notes.add(leonsCase, FormInput.of(Map.of("kind", "PHONE_CALL",
        "notedOn", ServiceClock.today().toString(), "shareWithPractitioner", true,
        "text", "Called to move next week's session to the afternoon; he has a job interview in the morning.")),
        DemoUsers.TRAINER));

    ProcessInstance dana = refer("X100004", "Dana", "Brooks");
    submit(dana, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, triageForm(DemoUsers.SECOND_TRAINER));
    submit(dana, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.SECOND_TRAINER, contactForm("APPOINTMENT_BOOKED"));
    take(dana, "reallocate", DemoUsers.COORDINATOR, Map.of("trainerId", DemoUsers.TRAINER,
        "reason", "Tom's caseload is full this month."));

    ProcessInstance chris = refer("X100007", "Chris", "Moran");
    submit(chris, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, triageForm(DemoUsers.TRAINER));
    submit(chris, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("APPOINTMENT_BOOKED"));
    submit(chris, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, assessmentForm(false));
    waitForTask(chris, PathwayModel.TASK_AGREE_HEALTH_PLAN);
    take(chris, "hold", DemoUsers.TRAINER, Map.of("reason", "IN_CUSTODY",
        "lookAgainOn", ServiceClock.today().plusWeeks(4).toString()));

    ProcessInstance kim = toSessions(refer("X100005", "Kim", "Walsh"), DemoUsers.TRAINER);
    submit(kim, PathwayModel.TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, sessionForm("ATTENDED"));
    submit(kim, PathwayModel.TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, reviewForm("EXIT", null));
    submit(kim, PathwayModel.TASK_RECORD_EXIT, DemoUsers.TRAINER, exitForm("GOALS_MET", 2));
    submit(kim, PathwayModel.TASK_WRITE_EXIT_SUMMARY, DemoUsers.TRAINER, exitSummaryForm());
    submit(kim, PathwayModel.TASK_READ_EXIT_SUMMARY, DemoUsers.PRACTITIONER, acknowledgement());

    Map<String, Object> outOfArea = referralForm("X100006", "Ray", "Dunn");
    outOfArea.put("postcode", "M1 1AE");
    ProcessInstance ray = start(outOfArea);
    waitForTask(ray, PathwayModel.TASK_READ_WHY_NOT_ELIGIBLE);
  }

  /** A case action, as staff take it from the case view. */
  private void take(ProcessInstance referral, String actionId, String user, Map<String, Object> values) {
    CaseActionForm action = actions.find(actionId)
        .orElseThrow(() -> new IllegalStateException("No case action " + actionId));
    Referral found = referrals.findByProcessInstanceId(referral.getId()).orElseThrow();
    as(user, () -> actions.take(action, found, values, user));
  }

  private ProcessInstance toSessions(ProcessInstance referral, String trainer) {
    submit(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, triageForm(trainer));
    submit(referral, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, trainer, contactForm("APPOINTMENT_BOOKED"));
    submit(referral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, trainer, assessmentForm(false));
    submit(referral, PathwayModel.TASK_AGREE_HEALTH_PLAN, trainer, planForm(1, 2));
    return referral;
  }

  private ProcessInstance refer(String crn, String givenName, String familyName) {
    return start(referralForm(crn, givenName, familyName));
  }

  private ProcessInstance start(Map<String, Object> form) {
    String definitionId = repository.createProcessDefinitionQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).latestVersion().singleResult().getId();
    return as(DemoUsers.PRACTITIONER, () -> forms.submitStartForm(definitionId, form));
  }

  private void submit(ProcessInstance referral, String taskKey, String user, Map<String, Object> form) {
    Task task = waitForTask(referral, taskKey);
    as(user, () -> {
      forms.submitTaskForm(task.getId(), form);
      return null;
    });
  }

  /** The pathway moves on through jobs (the job executor runs them too): waits for the next task. */
  private Task waitForTask(ProcessInstance referral, String taskKey) {
    Instant until = Instant.now().plus(WAIT_FOR_A_TASK);
    while (Instant.now().isBefore(until)) {
      List<Task> open = tasks.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(taskKey).list();
      if (!open.isEmpty()) {
        return open.get(0);
      }
      // This referral's own steps only: emails (jobs of no process instance) and other processes'
      // work (the simulation of a change to the pathway, which takes a minute) are left to the job
      // executor, so a mail server that is down delays them and stops nothing here.
      for (Job job : management.createJobQuery().processInstanceId(referral.getId()).executable().list()) {
        try {
          management.executeJob(job.getId());
        } catch (OptimisticLockingException takenByTheJobExecutor) {
          // the job executor ran it first
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while making demo referrals", e);
      }
    }
    throw new IllegalStateException("Demo referral " + referral.getBusinessKey() + " did not reach " + taskKey);
  }

  private <T> T as(String user, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
