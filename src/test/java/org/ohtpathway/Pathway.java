package org.ohtpathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.ohtpathway.demo.DemoForms;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.DueJobs;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;

/**
 * Drives referrals through the pathway the way staff do in Tasklist: by submitting forms,
 * logged in as the demo user of the right role, with the values a member of staff would
 * enter (dates as ISO text; checklists and dynamic lists as Json).
 */
public class Pathway {

  private static final AtomicInteger CRNS = new AtomicInteger((int) (System.nanoTime() % 900_000));

  private final FormService forms;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final RepositoryService repository;
  private final HistoryService history;

  public Pathway(ProcessEngine engine) {
    this.forms = engine.getFormService();
    this.tasks = engine.getTaskService();
    this.identity = engine.getIdentityService();
    this.management = engine.getManagementService();
    this.repository = engine.getRepositoryService();
    this.history = engine.getHistoryService();
  }

  // Referral //////////////////////////////////////////////////////////////

  public static String newCrn() {
    return "T" + String.format("%06d", 100_000 + CRNS.getAndIncrement() % 900_000);
  }

  public static Map<String, Object> referralForm() {
    return DemoForms.referralForm(newCrn(), "Alex", "Example");
  }

  public ProcessInstance refer() {
    return refer(referralForm());
  }

  public ProcessInstance refer(Map<String, Object> form) {
    String definitionId = repository.createProcessDefinitionQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).latestVersion().singleResult().getId();
    ProcessInstance referral = as(DemoUsers.PRACTITIONER, () -> forms.submitStartForm(definitionId, form));
    runJobs();
    return referral;
  }

  /** Starts one of the small processes that act on a referral (withdrawal, safeguarding). */
  public ProcessInstance start(String processKey, String user, Map<String, Object> form) {
    String definitionId = repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult().getId();
    return as(user, () -> forms.submitStartForm(definitionId, form));
  }

  /**
   * Records that consent is withdrawn as staff do: the first submission shows whose referral it
   * is, the second confirms.
   */
  public ProcessInstance withdrawConsent(String user, String reference) {
    Map<String, Object> form = new java.util.HashMap<>(Map.of("referralReference", reference,
        "consentWithdrawnOn", ServiceClock.today().toString(), "reportedBy", "PHONE"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(PathwayModel.PROCESS_WITHDRAW_CONSENT, user, form))
        .as("the first submission shows whose referral it is").hasMessageContaining(reference)
        .hasMessageContaining("tick the box");
    form.put("confirmErasure", true);
    return start(PathwayModel.PROCESS_WITHDRAW_CONSENT, user, form);
  }

  // Tasks /////////////////////////////////////////////////////////////////

  public Task task(ProcessInstance referral, String taskKey) {
    List<Task> found = tasks.createTaskQuery().processInstanceId(referral.getId())
        .taskDefinitionKey(taskKey).list();
    assertThat(found).as("open tasks %s", taskKey).hasSize(1);
    return found.get(0);
  }

  public List<Task> tasks(ProcessInstance referral, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(taskKey).list();
  }

  public void submit(ProcessInstance referral, String taskKey, String user, Map<String, Object> form) {
    submit(task(referral, taskKey), user, form);
  }

  public void submit(Task task, String user, Map<String, Object> form) {
    submitOnly(task, user, form);
    runJobs();
  }

  /** Submits a form and leaves the jobs it creates (e.g. emails) for the test to run. */
  public void submitOnly(Task task, String user, Map<String, Object> form) {
    as(user, () -> {
      forms.submitTaskForm(task.getId(), form);
      return null;
    });
  }

  public Map<String, Object> formVariables(Task task) {
    return forms.getTaskFormVariables(task.getId());
  }

  /** Fires the timers of an activity now, whenever they are due. */
  public void fire(ProcessInstance referral, String activityId) {
    List<Job> timers = management.createJobQuery().processInstanceId(referral.getId()).timers()
        .activityId(activityId).list();
    assertThat(timers).as("timers of %s", activityId).isNotEmpty();
    timers.forEach(timer -> management.executeJob(timer.getId()));
    runJobs();
  }

  /** Runs every job that is due, as the job executor would. */
  public void runJobs() {
    DueJobs.run(management, 20);
  }

  public <T> T as(String user, java.util.function.Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  // The forms of each stage, filled in as staff would /////////////////////

  public static TypedValue json(String json) {
    return DemoForms.json(json);
  }

  public static Map<String, Object> triageForm(String trainer) {
    return DemoForms.triageForm(trainer);
  }

  /** Triage that asks the practitioner for more information. */
  public static Map<String, Object> triageQuestionForm(String question) {
    return new java.util.LinkedHashMap<>(Map.of("triageOutcome", "ASK", "question", question));
  }

  /** Triage that declines the referral; the words only for the reason OTHER (null for none). */
  public static Map<String, Object> declineForm(String reason, String inWords) {
    Map<String, Object> form = new java.util.LinkedHashMap<>(Map.of("triageOutcome", "DECLINE", "declineReason", reason));
    if (inWords != null) {
      form.put("declineDetail", inWords);
    }
    return form;
  }

  /** The practitioner's answer to triage's question. */
  public static Map<String, Object> triageAnswerForm(String answer) {
    return new java.util.LinkedHashMap<>(Map.of("triageAnswer", answer));
  }

  public static Map<String, Object> contactForm(String outcome) {
    return DemoForms.contactForm(outcome);
  }

  public static Map<String, Object> assessmentForm(boolean safeguardingConcern) {
    return DemoForms.assessmentForm(safeguardingConcern);
  }

  public static Map<String, Object> planForm(int plannedSessions, int goals) {
    return DemoForms.planForm(plannedSessions, goals);
  }

  public static Map<String, Object> sessionForm(String attendance) {
    return DemoForms.sessionForm(attendance);
  }

  public static Map<String, Object> sessionWithOnwardReferrals(String... serviceTypes) {
    return DemoForms.sessionWithOnwardReferrals(serviceTypes);
  }

  public static Map<String, Object> followUpForm(String outcome) {
    return DemoForms.followUpForm(outcome);
  }

  public static Map<String, Object> reviewForm(String decision, Integer additionalSessions) {
    return DemoForms.reviewForm(decision, additionalSessions);
  }

  public static Map<String, Object> exitForm(String reason, int goals) {
    return DemoForms.exitForm(reason, goals);
  }

  public static Map<String, Object> exitSummaryForm() {
    return DemoForms.exitSummaryForm();
  }

  public static Map<String, Object> acknowledgement() {
    return DemoForms.acknowledgement();
  }

  // Walking a referral to a stage /////////////////////////////////////////

  public ProcessInstance referAndAllocate() {
    ProcessInstance referral = refer();
    submit(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR, triageForm(DemoUsers.TRAINER));
    return referral;
  }

  public ProcessInstance referToAssessment() {
    ProcessInstance referral = referAndAllocate();
    submit(referral, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, contactForm("APPOINTMENT_BOOKED"));
    return referral;
  }

  public ProcessInstance referToSessions(int plannedSessions) {
    ProcessInstance referral = referToAssessment();
    submit(referral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, assessmentForm(false));
    submit(referral, PathwayModel.TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, planForm(plannedSessions, 2));
    return referral;
  }

  public Long referralId(ProcessInstance referral) {
    return (Long) history.createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
        .variableName(PathwayVariables.REFERRAL_ID.name()).singleResult().getValue();
  }
}
