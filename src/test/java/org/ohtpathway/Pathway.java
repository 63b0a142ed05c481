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
    LocalDate today = ServiceClock.today();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("crn", newCrn());
    form.put("givenName", "Alex");
    form.put("familyName", "Example");
    form.put("dateOfBirth", today.minusYears(34).toString());
    form.put("sex", "MALE");
    form.put("phone", "07700 900123");
    form.put("safeToPhone", true);
    form.put("email", "alex@example.org");
    form.put("safeToEmail", false);
    form.put("postcode", "OL11 2AB");
    form.put("interpreterNeeded", false);
    form.put("supervisionType", "COMMUNITY_ORDER");
    form.put("supervisionEndDate", today.plusYears(1).toString());
    form.put("releasingFromCustody", false);
    form.put("presentingNeeds", json("[\"SMOKING\",\"GP_REGISTRATION\",\"MENTAL_WELLBEING\"]"));
    form.put("registeredWithGp", "NO");
    form.put("mentalHealthCrisis", false);
    form.put("riskToOthers", "LOW");
    form.put("riskToSelf", "LOW");
    form.put("loneWorkingCautions", "Meet at the probation office.");
    form.put("reason", "Wants help to stop smoking and to register with a GP.");
    form.put("consentGiven", true);
    form.put("consentDate", today.minusDays(1).toString());
    form.put("consentShareProgress", true);
    form.put("consentShareWithGp", false);
    form.put("consentReferOn", true);
    form.put("consentNamedServices", "Stop smoking service, GP practice");
    return form;
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
    return SpinValues.jsonValue(json).create();
  }

  private static String today() {
    return ServiceClock.today().toString();
  }

  public static Map<String, Object> triageForm(String trainer) {
    return new LinkedHashMap<>(Map.of("priority", "MEDIUM", "trainerId", trainer,
        "triageNote", "Prefers mornings."));
  }

  public static Map<String, Object> contactForm(String outcome) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("attemptedOn", today());
    form.put("channel", "PHONE");
    form.put("attemptOutcome", outcome);
    if ("APPOINTMENT_BOOKED".equals(outcome)) {
      form.put("appointmentDate", ServiceClock.today().plusDays(3).toString());
    }
    return form;
  }

  public static Map<String, Object> assessmentForm(boolean safeguardingConcern) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("assessedOn", today());
    form.put("topicsToWorkOn", json("[\"SMOKING\",\"GP_REGISTRATION\"]"));
    form.put("smokingStatus", "SMOKER");
    form.put("cigarettesPerDay", 15);
    form.put("auditCFrequency", "2");
    form.put("auditCTypicalAmount", "1");
    form.put("auditCSixOrMore", "1");
    form.put("drugUse", "PAST");
    form.put("fruitAndVegetablePortions", 2);
    form.put("activeDaysPerWeek", 1);
    for (int i = 1; i <= 7; i++) {
      form.put("swemwbs" + i, String.valueOf(i % 2 == 0 ? 2 : 3));
    }
    form.put("gpRegistered", "no");
    form.put("dentistRegistered", "no");
    form.put("readinessToChange", "PREPARATION");
    form.put("confidenceToChange", 6);
    form.put("safeguardingConcern", safeguardingConcern ? "yes" : "no");
    if (safeguardingConcern) {
      form.put("safeguardingAtRisk", "A_CHILD");
      form.put("safeguardingImmediateDanger", "no");
      form.put("safeguardingDetails", "Mentions a child left alone at home.");
    }
    return form;
  }

  public static Map<String, Object> planForm(int plannedSessions, int goals) {
    List<String> rows = new ArrayList<>();
    String[][] examples = {
        {"SMOKING", "Stop smoking", "Book stop smoking service; set quit date"},
        {"GP_REGISTRATION", "Register with a GP", "Fill in the registration form together"},
        {"PHYSICAL_ACTIVITY", "Walk 30 minutes three times a week", "Plan walks"}};
    for (int i = 0; i < goals; i++) {
      rows.add(String.format("{\"topic\":\"%s\",\"goal\":\"%s\",\"steps\":\"%s\",\"targetDate\":\"%s\"}",
          examples[i][0], examples[i][1], examples[i][2], ServiceClock.today().plusWeeks(8)));
    }
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("planAgreedOn", today());
    form.put("plannedSessions", plannedSessions);
    form.put("firstSessionDate", ServiceClock.today().plusDays(7).toString());
    form.put("goals", json("[" + String.join(",", rows) + "]"));
    return form;
  }

  public static Map<String, Object> sessionForm(String attendance) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("sessionDate", today());
    form.put("attendance", attendance);
    if (attendance.startsWith("ATTENDED")) {
      form.put("delivery", "IN_PERSON_PROBATION_OFFICE");
      form.put("goalProgress", json("[{\"goalNumber\":1,\"progress\":\"SOME_PROGRESS\",\"progressNote\":\"Cut down\"}]"));
      form.put("sessionNotes", "Talked through cravings.");
    }
    form.put("onwardReferrals", json("[{}]"));
    form.put("reviewRequested", false);
    return form;
  }

  public static Map<String, Object> sessionWithOnwardReferrals(String... serviceTypes) {
    Map<String, Object> form = sessionForm("ATTENDED");
    List<String> rows = new ArrayList<>();
    for (String type : serviceTypes) {
      rows.add(String.format("{\"serviceType\":\"%s\",\"serviceName\":\"%s service\",\"kindOfHelp\":\"SUPPORTED_REFERRAL\"}",
          type, type));
    }
    form.put("onwardReferrals", json("[" + String.join(",", rows) + "]"));
    return form;
  }

  public static Map<String, Object> followUpForm(String outcome) {
    return new LinkedHashMap<>(Map.of("followUpOutcome", outcome, "followedUpOn", today()));
  }

  public static Map<String, Object> reviewForm(String decision, Integer additionalSessions) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("reviewedOn", today());
    form.put("decision", decision);
    if (additionalSessions != null) {
      form.put("additionalSessions", additionalSessions);
    }
    form.put("reviewNote", "Discussed with the person.");
    return form;
  }

  public static Map<String, Object> exitForm(String reason, int goals) {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= goals; i++) {
      rows.add("{\"goalNumber\":" + i + ",\"achievement\":\"" + (i == 1 ? "ACHIEVED" : "PARTLY_ACHIEVED") + "\"}");
    }
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("exitedOn", today());
    form.put("exitReason", reason);
    form.put("goalOutcomes", json("[" + String.join(",", rows) + "]"));
    form.put("measuresNotCollected", json("[]"));
    for (int i = 1; i <= 7; i++) {
      form.put("exitSwemwbs" + i, "4");
    }
    form.put("exitConfidence", 8);
    form.put("exitGpRegistered", "yes");
    form.put("exitDentistRegistered", "no");
    form.put("exitSmokingStatus", "EX_SMOKER");
    form.put("feedback", "Helpful.");
    form.put("helpfulness", "5");
    return form;
  }

  public static Map<String, Object> exitSummaryForm() {
    return new LinkedHashMap<>(Map.of(
        "summaryForPractitioner", "Attended all sessions; now registered with a GP.",
        "consentChecked", true));
  }

  public static Map<String, Object> acknowledgement() {
    return new LinkedHashMap<>(Map.of("acknowledged", true));
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
