package org.ohtpathway.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.access.CaseActionRefused;
import org.ohtpathway.audit.AuditEvent;
import org.ohtpathway.audit.AuditLog;
import org.ohtpathway.demo.DemoForms;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.eligibility.EligibilityService;
import org.ohtpathway.form.FormRejectedException;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.security.Groups;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A service designer's change to the pathway, from proposal to running referrals on the new
 * version: approved by someone else, deployed, referrals moved, and rolled back.
 */
@ChangeTest
class PathwayChangeTest {

  static final String ADMIN = "admin";
  static final String CONFIRM_NEXT_STEPS = "Task_ConfirmNextSteps";
  static final String CALL_BEFORE_PLAN = "Task_CallBeforePlan";

  @Autowired ProcessEngine engine;
  @Autowired PathwayChanges changes;
  @Autowired AuditLog audit;
  @Autowired EligibilityService eligibility;
  @Autowired org.ohtpathway.casework.CaseActions actions;
  @Autowired org.ohtpathway.referral.ReferralService referrals;

  Pathway pathway;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    pathway = new Pathway(engine);
  }

  /** Each test starts from the pathway as the application ships it. */
  @AfterEach
  void shippedPathwayAgain() {
    var deployment = engine.getRepositoryService().createDeployment().name("shipped again");
    PathwayFiles.shipped().files().forEach((name, bytes) ->
        deployment.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
    deployment.deploy();
  }

  // The change of the issue: a step added after the assessment, a task renamed, a decision rule changed.

  static String shipped(String file) {
    return new String(PathwayFiles.shipped().get(file), StandardCharsets.UTF_8);
  }

  static String replaced(String text, String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      assertThat(text).as("holds %s", pairs[i]).contains(pairs[i]);
      text = text.replace(pairs[i], pairs[i + 1]);
    }
    return text;
  }

  static PathwayFiles theChange() {
    String bpmn = replaced(shipped("OhtPathway.bpmn"),
        "<bpmn:sequenceFlow id=\"Flow_ToSafeguardingAtAssessment\" sourceRef=\"Task_AssessHealthAndWellbeing\""
            + " targetRef=\"Gateway_SafeguardingAtAssessment\" />",
        "<bpmn:sequenceFlow id=\"Flow_ToSafeguardingAtAssessment\" sourceRef=\"Task_AssessHealthAndWellbeing\""
            + " targetRef=\"" + CONFIRM_NEXT_STEPS + "\" />"
            + "<bpmn:userTask id=\"" + CONFIRM_NEXT_STEPS + "\" name=\"Tell the person what happens next\""
            + " camunda:formRef=\"next-steps\" camunda:formRefBinding=\"deployment\" camunda:assignee=\"${trainerId}\">"
            + "<bpmn:incoming>Flow_ToSafeguardingAtAssessment</bpmn:incoming>"
            + "<bpmn:outgoing>Flow_NextStepsToSafeguarding</bpmn:outgoing></bpmn:userTask>"
            + "<bpmn:sequenceFlow id=\"Flow_NextStepsToSafeguarding\" sourceRef=\"" + CONFIRM_NEXT_STEPS + "\""
            + " targetRef=\"Gateway_SafeguardingAtAssessment\" />",
        "<bpmn:incoming>Flow_ToSafeguardingAtAssessment</bpmn:incoming>\n        <bpmn:outgoing>Flow_SafeguardingConcern",
        "<bpmn:incoming>Flow_NextStepsToSafeguarding</bpmn:incoming>\n        <bpmn:outgoing>Flow_SafeguardingConcern",
        "name=\"Agree personal health plan\"", "name=\"Agree the personal health plan\"");
    String rule = replaced(shipped("Eligibility.dmn"), "<text>&lt; 18</text>", "<text>&lt; 21</text>");
    String form = "{\"id\":\"next-steps\",\"type\":\"default\",\"schemaVersion\":16,\"executionPlatform\":"
        + "\"Camunda Platform\",\"executionPlatformVersion\":\"7.24.0\",\"components\":[{\"type\":\"text\","
        + "\"id\":\"Text_NextSteps\",\"text\":\"Tell the person what happens next: their health plan, and when.\"}]}";
    String plan = replaced(shipped("health-plan.form"), "\"label\": \"The referral\"",
        "\"label\": \"Who the plan is for\"");
    return files("OhtPathway.bpmn", bpmn, "Eligibility.dmn", rule, "next-steps.form", form, "health-plan.form", plan);
  }

  static PathwayFiles files(String... namesAndContents) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < namesAndContents.length; i += 2) {
      files.put(namesAndContents[i], namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return new PathwayFiles(files);
  }

  /** A version deployed before, with a step the change no longer has: a call before the plan. */
  void deployAnEarlierVersionWithACallBeforeThePlan() {
    String bpmn = replaced(shipped("OhtPathway.bpmn"),
        "<bpmn:sequenceFlow id=\"Flow_ToHealthPlan\" sourceRef=\"Gateway_SafeguardingAtAssessmentJoin\""
            + " targetRef=\"Task_AgreeHealthPlan\" />",
        "<bpmn:sequenceFlow id=\"Flow_ToHealthPlan\" sourceRef=\"Gateway_SafeguardingAtAssessmentJoin\""
            + " targetRef=\"" + CALL_BEFORE_PLAN + "\" />"
            + "<bpmn:userTask id=\"" + CALL_BEFORE_PLAN + "\" name=\"Call the person before the plan\""
            + " camunda:assignee=\"${trainerId}\"><bpmn:incoming>Flow_ToHealthPlan</bpmn:incoming>"
            + "<bpmn:outgoing>Flow_CallToHealthPlan</bpmn:outgoing></bpmn:userTask>"
            + "<bpmn:sequenceFlow id=\"Flow_CallToHealthPlan\" sourceRef=\"" + CALL_BEFORE_PLAN + "\""
            + " targetRef=\"Task_AgreeHealthPlan\" />",
        "<bpmn:incoming>Flow_ToHealthPlan</bpmn:incoming>\n        <bpmn:outgoing>Flow_ToSessions</bpmn:outgoing>",
        "<bpmn:incoming>Flow_CallToHealthPlan</bpmn:incoming>\n        <bpmn:outgoing>Flow_ToSessions</bpmn:outgoing>");
    var deployment = engine.getRepositoryService().createDeployment().name("an earlier version");
    PathwayFiles.shipped().files().forEach((name, bytes) ->
        deployment.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
    deployment.addString("OhtPathway.bpmn", bpmn);
    deployment.deploy();
  }

  // Walking referrals ////////////////////////////////////////////////////

  /** Who does each task, and with what, as staff would. */
  static Map<String, Object[]> steps() {
    Map<String, Object[]> steps = new HashMap<>();
    steps.put(PathwayModel.TASK_TRIAGE_AND_ALLOCATE, new Object[] {DemoUsers.COORDINATOR,
        Pathway.triageForm(DemoUsers.TRAINER)});
    steps.put(PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, new Object[] {DemoUsers.TRAINER,
        Pathway.contactForm("APPOINTMENT_BOOKED")});
    steps.put(PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, new Object[] {DemoUsers.TRAINER,
        Pathway.assessmentForm(false)});
    steps.put(CONFIRM_NEXT_STEPS, new Object[] {DemoUsers.TRAINER, Map.of()});
    steps.put(PathwayModel.TASK_AGREE_HEALTH_PLAN, new Object[] {DemoUsers.TRAINER, Pathway.planForm(2, 2)});
    steps.put(PathwayModel.TASK_RECORD_SUPPORT_SESSION, new Object[] {DemoUsers.TRAINER,
        Pathway.sessionForm("ATTENDED")});
    steps.put(PathwayModel.TASK_REVIEW_PROGRESS, new Object[] {DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null)});
    steps.put(PathwayModel.TASK_RECORD_EXIT, new Object[] {DemoUsers.TRAINER, Pathway.exitForm("GOALS_MET", 2)});
    steps.put(PathwayModel.TASK_WRITE_EXIT_SUMMARY, new Object[] {DemoUsers.TRAINER, Pathway.exitSummaryForm()});
    steps.put(PathwayModel.TASK_READ_EXIT_SUMMARY, new Object[] {DemoUsers.PRACTITIONER, Pathway.acknowledgement()});
    steps.put(PathwayModel.TASK_READ_WHY_NOT_ELIGIBLE, new Object[] {DemoUsers.PRACTITIONER, Pathway.acknowledgement()});
    steps.put(PathwayModel.TASK_ANSWER_TRIAGE_QUESTION, new Object[] {DemoUsers.PRACTITIONER,
        Pathway.triageAnswerForm("Nothing has changed.")});
    steps.put(PathwayModel.TASK_ACT_ON_SAFEGUARDING_CONCERN, new Object[] {DemoUsers.SAFEGUARDING_LEAD,
        Map.of("actionTaken", "REFERRED_TO_ADULT_SOCIAL_CARE", "actionDetails", "Referral made to adult social care.",
            "practitionerInformed", "yes", "actionedOn", ServiceClock.today().toString())});
    steps.put(PathwayModel.TASK_REVIEW_DISENGAGEMENT, new Object[] {DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null)});
    steps.put(PathwayModel.TASK_SCHEDULED_REVIEW, new Object[] {DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null)});
    steps.put(PathwayModel.TASK_FOLLOW_UP_ONWARD_REFERRAL, new Object[] {DemoUsers.TRAINER,
        Pathway.followUpForm("ATTENDED")});
    return steps;
  }

  /** Does the referral's open task, one at a time, until it waits at {@code until} (or ends, with null). */
  List<String> walk(ProcessInstance referral, String until) {
    List<String> done = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(referral.getId()).list();
      if (open.isEmpty() && !ended(referral)) {
        // Waiting for a timer (an onward referral's follow-up falls due): it comes round.
        engine.getManagementService().createJobQuery().processInstanceId(referral.getId()).timers().list()
            .forEach(timer -> engine.getManagementService().executeJob(timer.getId()));
        pathway.runJobs();
        continue;
      }
      if (open.isEmpty()) {
        assertThat(until).as("the referral ended before %s", until).isNull();
        return done;
      }
      Task task = open.get(0);
      if (task.getTaskDefinitionKey().equals(until)) {
        return done;
      }
      done.add(task.getTaskDefinitionKey());
      if (task.getTaskDefinitionKey().equals(CALL_BEFORE_PLAN)) {
        pathway.as(DemoUsers.TRAINER, () -> {
          engine.getTaskService().complete(task.getId());
          return null;
        });
        pathway.runJobs();
        continue;
      }
      Object[] step = steps().get(task.getTaskDefinitionKey());
      assertThat(step).as("a step for %s", task.getTaskDefinitionKey()).isNotNull();
      @SuppressWarnings("unchecked")
      Map<String, Object> form = (Map<String, Object>) step[1];
      if (task.getTaskDefinitionKey().equals(PathwayModel.TASK_RECORD_EXIT)) {
        // The reason the pathway suggests (support ended as planned, or the person stopped engaging).
        Object suggested = pathway.formVariables(task).get("exitReason");
        form = Pathway.exitForm(suggested == null ? "GOALS_MET" : String.valueOf(suggested), 2);
      }
      pathway.submit(task, (String) step[0], form);
    }
    throw new AssertionError("the referral did not reach " + until);
  }

  boolean ended(ProcessInstance referral) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(referral.getId()).count() == 0;
  }

  void takeCaseAction(ProcessInstance referral, String action, String user, Map<String, Object> values) {
    org.ohtpathway.referral.Referral found = referrals.findByProcessInstanceId(referral.getId()).orElseThrow();
    as(user, () -> actions.take(actions.find(action).orElseThrow(), found, values, user));
    pathway.runJobs();
  }

  /** A referral at each wait state the simple walk does not reach: by a question, a concern, absences, a timer, a hold. */
  Map<String, ProcessInstance> referralsAtTheOtherWaitStates() {
    Map<String, ProcessInstance> at = new LinkedHashMap<>();
    Map<String, Object> outOfArea = new HashMap<>(Pathway.referralForm());
    outOfArea.put("postcode", "M1 1AE");
    at.put(PathwayModel.TASK_READ_WHY_NOT_ELIGIBLE, pathway.refer(outOfArea));

    ProcessInstance asked = pathway.refer();
    pathway.submit(asked, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Pathway.triageQuestionForm("Any change since the referral?"));
    at.put(PathwayModel.TASK_ANSWER_TRIAGE_QUESTION, asked);

    ProcessInstance concern = referralAt(PathwayModel.TASK_RECORD_SUPPORT_SESSION);
    pathway.start(PathwayModel.PROCESS_RAISE_SAFEGUARDING_CONCERN, DemoUsers.TRAINER, Map.of(
        "referralReference", concern.getBusinessKey(), "atRisk", "THE_PERSON", "immediateDanger", "no",
        "concernDescription", "Signs of self-neglect."));
    pathway.runJobs();
    at.put(PathwayModel.TASK_ACT_ON_SAFEGUARDING_CONCERN, concern);

    ProcessInstance absent = referralAt(PathwayModel.TASK_AGREE_HEALTH_PLAN);
    pathway.submit(absent, PathwayModel.TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, Pathway.planForm(6, 2));
    for (int i = 0; i < 3; i++) {
      pathway.submit(absent, PathwayModel.TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
          Pathway.sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));
    }
    at.put(PathwayModel.TASK_REVIEW_DISENGAGEMENT, absent);

    ProcessInstance reviewed = referralAt(PathwayModel.TASK_RECORD_SUPPORT_SESSION);
    pathway.fire(reviewed, PathwayModel.START_SCHEDULED_REVIEW_DUE);
    at.put(PathwayModel.TASK_SCHEDULED_REVIEW, reviewed);

    ProcessInstance referredOn = referralAt(PathwayModel.TASK_RECORD_SUPPORT_SESSION);
    pathway.submit(referredOn, PathwayModel.TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
        Pathway.sessionWithOnwardReferrals("GP_REGISTRATION"));
    at.put(PathwayModel.CATCH_FOLLOW_UP_DUE, referredOn);

    ProcessInstance followedUp = referralAt(PathwayModel.TASK_RECORD_SUPPORT_SESSION);
    pathway.submit(followedUp, PathwayModel.TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
        Pathway.sessionWithOnwardReferrals("GP_REGISTRATION"));
    pathway.fire(followedUp, PathwayModel.CATCH_FOLLOW_UP_DUE);
    at.put(PathwayModel.TASK_FOLLOW_UP_ONWARD_REFERRAL, followedUp);

    ProcessInstance held = referralAt(PathwayModel.TASK_AGREE_HEALTH_PLAN);
    takeCaseAction(held, "hold", DemoUsers.TRAINER, Map.of("reason", "IN_CUSTODY",
        "lookAgainOn", ServiceClock.today().plusWeeks(4).toString(), "confirmed", true));
    at.put(PathwayModel.RECEIVE_TASK_WAIT_UNTIL_RESUMED, held);
    return at;
  }

  ProcessInstance referralAt(String taskKey) {
    ProcessInstance referral = pathway.refer();
    walk(referral, taskKey);
    assertThat(referral).isWaitingAt(taskKey);
    return referral;
  }

  <T> T as(String user, Supplier<T> work) {
    return pathway.as(user, work);
  }

  String definitionOf(ProcessInstance referral) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(referral.getId()).singleResult()
        .getProcessDefinitionId();
  }

  Task approvalTask(PathwayChange change) {
    ProcessInstance approval = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(change.reference()).singleResult();
    return pathway.task(approval, PathwayModel.TASK_APPROVE_PATHWAY_CHANGE);
  }

  /** Runs the jobs (the simulation, the deployment, the batch), then the minute's timer of the approval. */
  void letTheApprovalFinish(PathwayChange change) {
    pathway.runJobs();
    ProcessInstance approval = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(change.reference()).singleResult();
    for (int i = 0; i < 5 && approval != null; i++) {
      engine.getManagementService().createJobQuery().processInstanceId(approval.getId()).timers().list()
          .forEach(timer -> engine.getManagementService().executeJob(timer.getId()));
      pathway.runJobs();
      approval = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(change.reference()).singleResult();
    }
    assertThat(approval).as("the approval of %s ended", change.reference()).isNull();
  }

  PathwayChange propose(String user, PathwayFiles files, String description) {
    PathwayChanges.Proposal proposal = as(user, () -> changes.propose(files, description));
    assertThat(proposal.findings()).isEmpty();
    pathway.runJobs();
    return changes.byId(proposal.change().getId()).orElseThrow();
  }

  void approve(PathwayChange change, String approver, String migration) {
    pathway.submitOnly(approvalTask(change), approver, Map.of("changeDecision", "APPROVE", "migration", migration));
    letTheApprovalFinish(change);
  }

  // Tests ////////////////////////////////////////////////////////////////

  @Test
  void aChangeApprovedByAnotherUserIsDeployedAndReferralsAtEachWaitStateMoveAndWalkToTheirEndOnIt() {
    deployAnEarlierVersionWithACallBeforeThePlan();
    String earlier = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).latestVersion().singleResult().getId();
    Map<String, ProcessInstance> waiting = new LinkedHashMap<>();
    for (String step : List.of(PathwayModel.TASK_TRIAGE_AND_ALLOCATE, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT,
        PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, CALL_BEFORE_PLAN, PathwayModel.TASK_AGREE_HEALTH_PLAN,
        PathwayModel.TASK_RECORD_SUPPORT_SESSION, PathwayModel.TASK_REVIEW_PROGRESS, PathwayModel.TASK_RECORD_EXIT,
        PathwayModel.TASK_WRITE_EXIT_SUMMARY, PathwayModel.TASK_READ_EXIT_SUMMARY)) {
      waiting.put(step, referralAt(step));
    }
    waiting.putAll(referralsAtTheOtherWaitStates());
    waiting.forEach((step, referral) -> assertThat(referral).as("the referral put at %s", step).isWaitingAt(step));
    ProcessInstance atRemovedStep = waiting.get(CALL_BEFORE_PLAN);

    PathwayChange change = propose(DemoUsers.DESIGNER, theChange(), "A step after the assessment; the plan task"
        + " renamed; the service takes people from 21.");

    assertThat(change.getSummary()).contains("added: task Task_ConfirmNextSteps 'Tell the person what happens next'",
        "renamed: task Task_AgreeHealthPlan 'Agree personal health plan' is now 'Agree the personal health plan'",
        "removed: task Task_CallBeforePlan", "rule changed: Rule_Under18", "[< 18 |", "[< 21 |",
        "next-steps.form: a new file");
    assertThat(change.getMigrationPlan()).contains("Task_CallBeforePlan 'Call the person before the plan': 1 referral"
        + " waiting; would stay on their version", atRemovedStep.getBusinessKey())
        .containsPattern("Task_AgreeHealthPlan 'Agree personal health plan': \\d+ referrals? waiting; moves to the same"
            + " step, now named 'Agree the personal health plan'");
    assertThat(change.getSimulation()).contains("Simulated 1 month of 20 referrals a month", "as it stands");
    Task approval = approvalTask(change);
    Map<String, Object> shown = pathway.as(DemoUsers.MANAGER, () -> pathway.formVariables(approval));
    assertThat(shown).containsKeys("changeSummary", "checkReport", "simulation", "migrationPlan");

    approve(change, DemoUsers.MANAGER, "ALL");

    PathwayChange deployed = changes.byId(change.getId()).orElseThrow();
    assertThat(deployed.getState()).isEqualTo(PathwayChange.State.DEPLOYED);
    assertThat(deployed.getDecidedBy()).isEqualTo(DemoUsers.MANAGER);
    ProcessDefinition now = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).latestVersion().singleResult();
    assertThat(now.getDeploymentId()).isEqualTo(deployed.getDeploymentId());
    assertThat(deployed.getMigrated()).as("every running referral but the one at the removed step").isEqualTo(deployed.getChosen()).isGreaterThanOrEqualTo(9);
    assertThat(deployed.getNotMigrated()).isZero();
    assertThat(deployed.getMigrationReport()).contains(deployed.getChosen() + " of " + deployed.getChosen());
    assertThat(deployed.getMigrationPlan()).contains("stay at Task_CallBeforePlan: " + atRemovedStep.getBusinessKey());

    // The referral at the removed step stays where it was, on its version, and still reaches its end.
    assertThat(definitionOf(atRemovedStep)).isEqualTo(earlier);
    walk(atRemovedStep, null);
    assertThat(atRemovedStep).isEnded().hasPassed(PathwayModel.END_COMPLETED);

    // A moved referral shows the new version's names and forms.
    ProcessInstance moved = waiting.get(PathwayModel.TASK_AGREE_HEALTH_PLAN);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(moved.getId()).singleResult().getName())
        .isEqualTo("Agree the personal health plan");
    try (java.io.InputStream shownForm = engine.getFormService().getDeployedTaskForm(engine.getTaskService()
        .createTaskQuery().processInstanceId(moved.getId()).singleResult().getId())) {
      assertThat(new String(shownForm.readAllBytes(), StandardCharsets.UTF_8)).contains("Who the plan is for");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    waiting.forEach((step, referral) -> {
      if (referral == atRemovedStep) {
        return;
      }
      assertThat(definitionOf(referral)).as("version of the referral at %s", step).isEqualTo(now.getId());
      if (step.equals(PathwayModel.RECEIVE_TASK_WAIT_UNTIL_RESUMED)) {
        takeCaseAction(referral, "resume", DemoUsers.TRAINER, Map.of("confirmed", true));
      }
      List<String> done = walk(referral, null);
      assertThat(referral).as("the referral that waited at %s", step).isEnded();
      if (!Set.of(PathwayModel.TASK_READ_WHY_NOT_ELIGIBLE, PathwayModel.TASK_REVIEW_DISENGAGEMENT).contains(step)) {
        assertThat(referral).as("the referral that waited at %s", step).hasPassed(PathwayModel.END_COMPLETED);
      }
      if (step.equals(PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING)) {
        assertThat(done).as("the referral at the assessment does the new step").contains(CONFIRM_NEXT_STEPS);
        assertThat(referral).hasPassed(CONFIRM_NEXT_STEPS);
      }
    });
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(moved.getId())
        .taskDefinitionKey(PathwayModel.TASK_AGREE_HEALTH_PLAN).singleResult().getName())
        .isEqualTo("Agree the personal health plan");

    // The changed rule applies to new referrals: a person of 19 is no longer eligible.
    Map<String, Object> nineteen = new HashMap<>(Pathway.referralForm());
    nineteen.put("dateOfBirth", ServiceClock.today().minusYears(19).toString());
    ProcessInstance young = pathway.refer(nineteen);
    assertThat(young).isWaitingAt(PathwayModel.TASK_READ_WHY_NOT_ELIGIBLE);

    List<AuditEvent> audited = audit.latest(change.reference(), 20);
    assertThat(audited).anySatisfy(event -> {
      assertThat(event.getAction()).isEqualTo("DECIDE_PATHWAY_CHANGE");
      assertThat(event.getUserId()).isEqualTo(DemoUsers.MANAGER);
      assertThat(event.isAllowed()).isTrue();
    }).anySatisfy(event -> {
      assertThat(event.getAction()).isEqualTo("PROPOSE_PATHWAY_CHANGE");
      assertThat(event.getUserId()).isEqualTo(DemoUsers.DESIGNER);
    });
  }

  @Test
  void aDesignerCannotApproveAChangeNotEvenTheirOwnAndNobodyApprovesTheirOwn() {
    engine.getIdentityService().saveUser(newUser("dana"));
    engine.getIdentityService().createMembership("dana", Groups.SERVICE_DESIGNERS);
    engine.getIdentityService().createMembership("dana", Groups.MANAGERS);
    PathwayChange change = propose("dana", files("Eligibility.dmn", replaced(shipped("Eligibility.dmn"),
        "<text>&lt; 18</text>", "<text>&lt; 19</text>")), "The service takes people from 19.");
    Task approval = approvalTask(change);
    Map<String, Object> approve = Map.of("changeDecision", "APPROVE", "migration", "NONE");

    assertThatThrownBy(() -> pathway.submitOnly(approval, "dana", approve)).isInstanceOf(CaseActionRefused.class)
        .hasMessageContaining("You proposed this change");
    assertThatThrownBy(() -> pathway.submitOnly(approval, DemoUsers.DESIGNER, approve))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class).hasMessageContaining("'dee'");
    assertThat(pathway.task(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(change.reference()).singleResult(), PathwayModel.TASK_APPROVE_PATHWAY_CHANGE)
        .getId()).isEqualTo(approval.getId());
    assertThat(audit.latest(change.reference(), 20)).anySatisfy(event -> {
      assertThat(event.getAction()).isEqualTo("DECIDE_PATHWAY_CHANGE");
      assertThat(event.getUserId()).isEqualTo("dana");
      assertThat(event.isAllowed()).isFalse();
    });

    // Not approving needs a reason, which the designer then reads; nothing is deployed.
    long versions = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(PathwayModel.DECISION_ELIGIBILITY).count();
    assertThatThrownBy(() -> pathway.submitOnly(approval, DemoUsers.MANAGER, Map.of("changeDecision", "REJECT")))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("Why");
    pathway.submit(approval, DemoUsers.MANAGER, Map.of("changeDecision", "REJECT", "decisionReason",
        "19 is not what the commissioners agreed."));
    ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(change.reference()).singleResult();
    Task why = pathway.task(process, PathwayModel.TASK_READ_WHY_CHANGE_NOT_APPROVED);
    assertThat(why.getAssignee()).isEqualTo("dana");
    assertThat(pathway.as("dana", () -> pathway.formVariables(why)).get("decisionReason").toString())
        .contains("19 is not what the commissioners agreed.");
    pathway.submit(why, "dana", Map.of("acknowledged", true));
    assertThat(changes.byId(change.getId()).orElseThrow().getState()).isEqualTo(PathwayChange.State.NOT_APPROVED);
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(PathwayModel.DECISION_ELIGIBILITY).count()).isEqualTo(versions);
  }

  @Test
  void aRollbackRestoresTheOldBehaviourForNewAndMovedReferrals() {
    ProcessInstance atPlan = referralAt(PathwayModel.TASK_AGREE_HEALTH_PLAN);
    PathwayChange change = propose(DemoUsers.DESIGNER, files(
        "OhtPathway.bpmn", replaced(shipped("OhtPathway.bpmn"), "name=\"Agree personal health plan\"",
            "name=\"Agree the plan\""),
        "Eligibility.dmn", replaced(shipped("Eligibility.dmn"), "<text>&lt; 18</text>", "<text>&lt; 21</text>")),
        "The plan task renamed; from 21.");
    approve(change, DemoUsers.MANAGER, "ALL");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(atPlan.getId()).singleResult().getName())
        .isEqualTo("Agree the plan");

    PathwayChanges.Proposal rollback = as(DemoUsers.DESIGNER, () -> changes.rollback(change.getId(),
        "the commissioners did not agree"));
    assertThat(rollback.findings()).isEmpty();
    pathway.runJobs();
    approve(rollback.change(), DemoUsers.MANAGER, "ALL");

    assertThat(changes.byId(change.getId()).orElseThrow().getState()).isEqualTo(PathwayChange.State.ROLLED_BACK);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(atPlan.getId()).singleResult().getName())
        .isEqualTo("Agree personal health plan");
    Map<String, Object> nineteen = new HashMap<>(Pathway.referralForm());
    nineteen.put("dateOfBirth", ServiceClock.today().minusYears(19).toString());
    ProcessInstance young = pathway.refer(nineteen);
    assertThat(young).isWaitingAt(PathwayModel.TASK_TRIAGE_AND_ALLOCATE);
    walk(atPlan, null);
    assertThat(atPlan).isEnded().hasPassed(PathwayModel.END_COMPLETED);
  }

  @Test
  void aChangeCannotBeRolledBackOnceAReferralHasPassedAStepItAdded() {
    PathwayChange change = propose(DemoUsers.DESIGNER, theChange(), "A step after the assessment.");
    approve(change, DemoUsers.MANAGER, "NONE");
    assertThat(changes.byId(change.getId()).orElseThrow().getMigrationReport()).contains("No referral was moved");
    ProcessInstance referral = referralAt(PathwayModel.TASK_AGREE_HEALTH_PLAN);
    assertThat(referral).hasPassed(CONFIRM_NEXT_STEPS);

    assertThatThrownBy(() -> as(DemoUsers.DESIGNER, () -> changes.rollback(change.getId(), null)))
        .isInstanceOf(PathwayChangeRefused.class).hasMessageContaining("can no longer be rolled back")
        .hasMessageContaining(CONFIRM_NEXT_STEPS);
    assertThatThrownBy(() -> as(DemoUsers.MANAGER, () -> changes.rollback(change.getId(), null)))
        .isInstanceOf(CaseActionRefused.class);

    // The pathway goes on from the deployed change: the next change is checked over it, approval and all.
    PathwayChange next = propose(DemoUsers.DESIGNER, files("Eligibility.dmn", replaced(shipped("Eligibility.dmn"),
        "<text>&lt; 18</text>", "<text>&lt; 19</text>")), "From 19.");
    assertThat(next.getCheckReport()).isEqualTo("No finding: the change may be proposed.");
  }

  @Test
  void aChangeProposedBeforeAnotherWasDeployedCannotBeApprovedOverIt() {
    PathwayChange first = propose(DemoUsers.DESIGNER, files("Eligibility.dmn", replaced(shipped("Eligibility.dmn"),
        "<text>&lt; 18</text>", "<text>&lt; 19</text>")), "From 19.");
    PathwayChange second = propose(DemoUsers.DESIGNER, files("OhtPathway.bpmn", replaced(shipped("OhtPathway.bpmn"),
        "name=\"Agree personal health plan\"", "name=\"Agree the plan\"")), "The plan task renamed.");
    approve(first, DemoUsers.MANAGER, "NONE");

    Task approval = approvalTask(second);
    assertThatThrownBy(() -> pathway.submitOnly(approval, DemoUsers.MANAGER, Map.of("changeDecision", "APPROVE",
        "migration", "NONE"))).isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("it has changed since " + second.reference() + " was proposed");
    assertThat(changes.byId(second.getId()).orElseThrow().getState()).isEqualTo(PathwayChange.State.PROPOSED);
  }

  @Test
  void ofTwoChangesApprovedBeforeEitherIsDeployedTheSecondIsNotDeployedOverTheFirst() {
    PathwayChange first = propose(DemoUsers.DESIGNER, files("Eligibility.dmn", replaced(shipped("Eligibility.dmn"),
        "<text>&lt; 18</text>", "<text>&lt; 19</text>")), "From 19.");
    PathwayChange second = propose(DemoUsers.DESIGNER, files("Eligibility.dmn", replaced(shipped("Eligibility.dmn"),
        "<text>&lt; 18</text>", "<text>&lt; 20</text>")), "From 20.");
    Map<String, Object> approve = Map.of("changeDecision", "APPROVE", "migration", "NONE");
    pathway.submitOnly(approvalTask(first), DemoUsers.MANAGER, approve);
    pathway.submitOnly(approvalTask(second), DemoUsers.MANAGER, approve);

    letTheApprovalFinish(first);
    letTheApprovalFinish(second);

    assertThat(changes.byId(first.getId()).orElseThrow().getState()).isEqualTo(PathwayChange.State.DEPLOYED);
    PathwayChange notDeployed = changes.byId(second.getId()).orElseThrow();
    assertThat(notDeployed.getState()).isEqualTo(PathwayChange.State.NOT_APPROVED);
    assertThat(notDeployed.getDecisionReason()).contains("Approved, but not deployed", "it has changed since");
    assertThat(notDeployed.getDeploymentId()).isNull();
    HistoricProcessInstance approval = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(second.reference()).singleResult();
    assertThat(approval.getEndActivityId()).isEqualTo(PathwayModel.END_CHANGE_NOT_DEPLOYED);
  }

  @Test
  void designersReadHowManyReferralsStayButNotWhich() {
    String plan = "Task_X 'X': 1 referral waiting; would stay on their version (OHT-2026-000123)";
    assertThat(as(DemoUsers.DESIGNER, () -> changes.forReader(plan))).doesNotContain("OHT-2026-000123")
        .contains("1 referral waiting");
    assertThat(as(DemoUsers.MANAGER, () -> changes.forReader(plan))).contains("OHT-2026-000123");
  }

  @Test
  void aDesignerHasAtMostFiveChangesWaitingForADecision() {
    engine.getIdentityService().saveUser(newUser("dora"));
    engine.getIdentityService().createMembership("dora", Groups.SERVICE_DESIGNERS);
    List<PathwayChange> waiting = new java.util.ArrayList<>();
    for (int age = 19; age < 24; age++) {
      PathwayChanges.Proposal proposal = as("dora", proposeFrom(age));
      assertThat(proposal.findings()).isEmpty();
      waiting.add(proposal.change());
    }

    assertThatThrownBy(() -> as("dora", proposeFrom(24))).isInstanceOf(PathwayChangeRefused.class)
        .hasMessageContaining("You have 5 changes waiting for a decision (" + waiting.get(0).reference());

    // Their simulations are not this test's: the approvals go, unsimulated.
    waiting.forEach(change -> engine.getRuntimeService().deleteProcessInstance(engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceBusinessKey(change.reference()).singleResult().getId(), "test"));
  }

  private Supplier<PathwayChanges.Proposal> proposeFrom(int age) {
    return () -> changes.propose(files("Eligibility.dmn", replaced(shipped("Eligibility.dmn"), "<text>&lt; 18</text>",
        "<text>&lt; " + age + "</text>")), "From " + age + ".");
  }

  private org.camunda.bpm.engine.identity.User newUser(String id) {
    org.camunda.bpm.engine.identity.User user = engine.getIdentityService().newUser(id);
    user.setFirstName("Dana");
    user.setLastName("Dale");
    user.setPassword("dana-s-password-1");
    return user;
  }
}
