package org.ohtpathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.Api.json;
import static org.ohtpathway.Api.message;
import static org.ohtpathway.Api.toJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.Pathway;
import org.ohtpathway.WebappSession;
import org.ohtpathway.assessment.AssessmentService;
import org.ohtpathway.audit.AuditEvent;
import org.ohtpathway.audit.AuditLog;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Insiders stay inside their job. Each test makes, over real HTTP with the demo users, an attempt
 * that once succeeded, and checks the refusal (status and sentence) and that nothing changed.
 * Tina's referral waits for its assessment; Tom has a referral of his own. The service
 * designer's attempts are in {@link DeploymentSafetyTest}, over-long and malformed input in
 * {@link BadInputTest}, logins, exports and headers in {@link SmallerHolesTest}; docs/security.md
 * lists every attempt with what stops it.
 */
@HttpTest
class InsiderTest {

  static final String ADMIN = "admin";
  static final String STARTED_THROUGH_FORMS = "Processes are started by submitting their start form (in"
      + " Tasklist, or with POST .../submit-form), which records what the form asks.";
  /** A second probation practitioner, who did not make the referrals. */
  static final String OTHER_PRACTITIONER = "pete";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired ReferralService referrals;
  @Autowired AssessmentService assessments;
  @Autowired AuditLog audit;
  @Autowired JdbcTemplate jdbc;

  Api api;
  Pathway pathway;
  ProcessInstance tinasReferral;
  Long tinasReferralId;
  String tinasPerson;
  Task assessment;
  ProcessInstance tomsReferral;

  @BeforeEach
  void tinaAndTomEachHaveAReferral() {
    api = new Api(rest);
    pathway = new Pathway(engine);
    tinasReferral = pathway.referToAssessment();
    tinasReferralId = pathway.referralId(tinasReferral);
    tinasPerson = referrals.summary(tinasReferralId).personName();
    assessment = pathway.task(tinasReferral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING);
    tomsReferral = pathway.refer();
    pathway.submit(tomsReferral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Pathway.triageForm(DemoUsers.SECOND_TRAINER));
    if (identity.createUserQuery().userId(OTHER_PRACTITIONER).count() == 0) {
      User pete = identity.newUser(OTHER_PRACTITIONER);
      pete.setFirstName("Pete");
      pete.setLastName("Parker");
      pete.setEmail("pete@oht-pathway.example");
      pete.setPassword(DemoUsers.PASSWORD);
      identity.saveUser(pete);
      identity.createMembership(OTHER_PRACTITIONER, Groups.PROBATION_PRACTITIONERS);
    }
  }

  @AfterEach
  void noUserLeftAuthenticated() {
    identity.clearAuthentication();
  }

  // Case actions //////////////////////////////////////////////////////////

  @Test
  void aTrainerCannotEraseAnotherTrainersClient() {
    ResponseEntity<String> answer = api.post(DemoUsers.SECOND_TRAINER,
        "/engine-rest/process-definition/key/" + PathwayModel.PROCESS_WITHDRAW_CONSENT + "/submit-form",
        consentWithdrawal(tinasReferral.getBusinessKey(), true));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(answer)).isEqualTo("Only the Health Trainer that referral " + tinasReferral.getBusinessKey()
        + " is allocated to, the practitioner who made it, or an OHT coordinator may record that consent is"
        + " withdrawn.");
    assertThat(referrals.summary(tinasReferralId).personName()).isEqualTo(tinasPerson);
    assertRunning(tinasReferral);
    assertRefusalAudited(DemoUsers.SECOND_TRAINER, AuditLog.Action.RECORD_CONSENT_WITHDRAWN,
        tinasReferral.getBusinessKey());
  }

  @Test
  void erasingAPersonsDetailsShowsWhoseTheyAreAndWaitsForConfirmation() {
    String path = "/engine-rest/process-definition/key/" + PathwayModel.PROCESS_WITHDRAW_CONSENT + "/submit-form";
    ResponseEntity<String> first = api.post(DemoUsers.TRAINER, path, consentWithdrawal(tinasReferral.getBusinessKey(), true));

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(first)).contains("Remove this person's details", tinasPerson, tinasReferral.getBusinessKey(),
        "tick the box");
    assertThat(referrals.summary(tinasReferralId).personName()).isEqualTo(tinasPerson);
    assertRunning(tinasReferral);

    ResponseEntity<String> confirmed = api.post(DemoUsers.TRAINER, path,
        consentWithdrawal(tinasReferral.getBusinessKey(), true));
    assertThat(confirmed.getStatusCode()).as(confirmed.getBody()).isEqualTo(HttpStatus.OK);
    pathway.runJobs();
    assertThat(referrals.summary(tinasReferralId).personName()).isNotEqualTo(tinasPerson);
  }

  @Test
  void aPractitionerCannotWithdrawAnotherPractitionersReferral() {
    ResponseEntity<String> answer = api.post(OTHER_PRACTITIONER,
        "/engine-rest/process-definition/key/" + PathwayModel.PROCESS_WITHDRAW_REFERRAL + "/submit-form",
        Api.variables(Map.of("referralReference", tinasReferral.getBusinessKey(),
            "withdrawalReason", "MOVED_OUT_OF_AREA")));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(answer)).isEqualTo("Only the practitioner who made referral " + tinasReferral.getBusinessKey()
        + ", or an OHT coordinator, may withdraw it.");
    assertRunning(tinasReferral);
    assertThat(pathway.task(tinasReferral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING).getId())
        .isEqualTo(assessment.getId());
    assertRefusalAudited(OTHER_PRACTITIONER, AuditLog.Action.WITHDRAW_REFERRAL, tinasReferral.getBusinessKey());
  }

  @Test
  void aTrainerCannotRaiseAConcernAboutAnotherTrainersClient() {
    ResponseEntity<String> answer = api.post(DemoUsers.SECOND_TRAINER,
        "/engine-rest/process-definition/key/" + PathwayModel.PROCESS_RAISE_SAFEGUARDING_CONCERN + "/submit-form",
        Api.variables(Map.of("referralReference", tinasReferral.getBusinessKey(), "atRisk", "PERSON",
            "immediateDanger", false, "concernDescription", "A concern")));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(answer)).startsWith("Only the practitioner who made referral " + tinasReferral.getBusinessKey());
    assertThat(pathway.tasks(tinasReferral, PathwayModel.TASK_ACT_ON_SAFEGUARDING_CONCERN)).isEmpty();
  }

  // Tasks give the right to work, not to rewrite ///////////////////////////

  @Test
  void anAssigneeCannotPointHerTaskAtAnotherReferral() {
    Long tomsReferralId = pathway.referralId(tomsReferral);
    Map<String, Object> rewrite = Map.of("modifications", Map.of(PathwayVariables.REFERRAL_ID.name(),
        Map.of("value", tomsReferralId, "type", "Long")));

    ResponseEntity<String> byTina = api.post(DemoUsers.TRAINER, "/engine-rest/task/" + assessment.getId() + "/variables",
        rewrite);
    ResponseEntity<String> anyVariableByTina = api.post(DemoUsers.TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/variables", Map.of("modifications", Map.of("note", Map.of("value", "x", "type", "String"))));
    ResponseEntity<String> byAdmin = api.post(ADMIN, "/engine-rest/process-instance/" + tinasReferral.getId()
        + "/variables", rewrite);
    ResponseEntity<String> byAdminsMessage = api.post(ADMIN, "/engine-rest/message", Map.of(
        "messageName", PathwayModel.MESSAGE_SAFEGUARDING_CONCERN_RAISED, "processInstanceId", tinasReferral.getId(),
        "processVariables", Map.of(PathwayVariables.REFERRAL_ID.name(), Map.of("value", tomsReferralId, "type", "Long"))));

    assertThat(byTina.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(byTina)).isEqualTo(message(byAdmin));
    assertThat(anyVariableByTina.getStatusCode()).as("the assignee works the task, never writes it")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(anyVariableByTina)).contains("'UPDATE'").contains(assessment.getId());
    assertThat(byAdminsMessage.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(pathway.tasks(tinasReferral, PathwayModel.TASK_ACT_ON_SAFEGUARDING_CONCERN)).isEmpty();
    assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(byAdmin)).isEqualTo("The variable 'referralId' belongs to the pathway: only its forms and"
        + " steps set it.");
    assertThat(engine.getRuntimeService().getVariable(tinasReferral.getId(), PathwayVariables.REFERRAL_ID.name()))
        .isEqualTo(tinasReferralId);
    JsonNode form = json(api.get(DemoUsers.TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/form-variables?deserializeValues=false"));
    assertThat(form.at("/personName/value").asText()).isEqualTo(tinasPerson);
  }

  @Test
  void aTaskWithAFormIsCompletedOnlyThroughItWhateverTheCallerSends() {
    String marker = "/engine-rest/task/" + assessment.getId() + "/localVariables/oht.submittedThroughForm";
    ResponseEntity<String> markedByTina = api.put(DemoUsers.TRAINER, marker, Map.of("value", true, "type", "Boolean"));
    ResponseEntity<String> markedByAdmin = api.put(ADMIN, marker, Map.of("value", true, "type", "Boolean"));
    ResponseEntity<String> completed = api.post(DemoUsers.TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/complete", Map.of("variables", Map.of()));

    assertThat(markedByTina.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(markedByAdmin.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(completed)).isEqualTo("The task 'Assess health and wellbeing' can be completed only by"
        + " submitting its form 'assessment' (in Tasklist, or with POST .../submit-form), which records what the"
        + " form asks.");
    assertThat(pathway.task(tinasReferral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING).getId())
        .isEqualTo(assessment.getId());
    assertThat(assessments.assessmentOf(tinasReferralId)).isEmpty();
  }

  @Test
  void aReferralIsStartedOnlyThroughItsFormWhateverTheCallerSends() {
    long before = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).count();

    ResponseEntity<String> started = api.post(DemoUsers.PRACTITIONER, "/engine-rest/process-definition/key/"
        + PathwayModel.PROCESS_PATHWAY + "/start", Map.of("variables", Map.of(
            "oht.submittedThroughForm", Map.of("value", true, "type", "Boolean"),
            PathwayVariables.REFERRAL_ID.name(), Map.of("value", tinasReferralId, "type", "Long"))));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(started)).isEqualTo(STARTED_THROUGH_FORMS);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).count()).isEqualTo(before);
  }

  @Test
  void aTrainerCannotStartAProcessPartWayToEraseAnotherTrainersClient() {
    ResponseEntity<String> started = api.post(DemoUsers.SECOND_TRAINER, "/engine-rest/process-definition/key/"
        + PathwayModel.PROCESS_WITHDRAW_CONSENT + "/start", Map.of(
            "startInstructions", List.of(Map.of("type", "startBeforeActivity",
                "activityId", "ServiceTask_MinimiseHealthData")),
            "variables", Map.of(PathwayVariables.REFERRAL_ID.name(), Map.of("value", tinasReferralId, "type", "Long"))));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(started)).isEqualTo(STARTED_THROUGH_FORMS);
    pathway.runJobs();
    assertThat(referrals.summary(tinasReferralId).personName()).isEqualTo(tinasPerson);
    assertRunning(tinasReferral);
  }

  @Test
  void aTaskEndsOrBranchesOnlyThroughItsForm() {
    Map<String, Object> steer = Map.of(PathwayVariables.TRAINER_ID.name(), Map.of("value", DemoUsers.SECOND_TRAINER));
    ResponseEntity<String> escalated = api.post(DemoUsers.TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/bpmnEscalation", Map.of("escalationCode", "OnwardReferralsMade", "variables", steer));
    ResponseEntity<String> failed = api.post(DemoUsers.TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/bpmnError", Map.of("errorCode", "Anything", "variables", steer));
    ResponseEntity<String> resolved = api.post(DemoUsers.TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/resolve", Map.of("variables", Map.of("note", Map.of("value", "x"))));
    ResponseEntity<String> delegated = api.post(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId()
        + "/delegate", Map.of("userId", DemoUsers.SECOND_TRAINER));

    assertThat(escalated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(escalated)).startsWith("A task ends only by submitting its form");
    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(delegated.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(delegated)).startsWith("Tasks of the pathway are not delegated");
    Task unchanged = engine.getTaskService().createTaskQuery().taskId(assessment.getId()).singleResult();
    assertThat(unchanged.getAssignee()).isEqualTo(DemoUsers.TRAINER);
    assertThat(engine.getRuntimeService().getVariable(tinasReferral.getId(), PathwayVariables.TRAINER_ID.name()))
        .isEqualTo(DemoUsers.TRAINER);
  }

  @Test
  void aCoordinatorCannotRewriteATasksNameOrDeadline() {
    ResponseEntity<String> rewritten = api.put(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId(),
        Map.of("name", "Nothing to do", "due", "2030-01-01T00:00:00.000+0000"));

    assertThat(rewritten.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(rewritten)).startsWith("A task's name, dates and priority come from the pathway");
    Task unchanged = engine.getTaskService().createTaskQuery().taskId(assessment.getId()).singleResult();
    assertThat(unchanged.getName()).isEqualTo(assessment.getName());
    assertThat(unchanged.getDueDate()).isEqualTo(assessment.getDueDate());
  }

  @Test
  void staffSendNoMessagesOrSignalsOfTheirOwn() {
    ResponseEntity<String> message = api.post(DemoUsers.TRAINER, "/engine-rest/message",
        Map.of("messageName", PathwayModel.MESSAGE_CONSENT_WITHDRAWN, "processInstanceId", tinasReferral.getId()));
    ResponseEntity<String> signal = api.post(DemoUsers.TRAINER, "/engine-rest/signal", Map.of("name", "Anything"));

    assertThat(message.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(message)).startsWith("Messages, signals and conditions are sent by the pathway's own steps");
    assertThat(signal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertRunning(tinasReferral);
  }

  @Test
  void theStepThatRemovesDetailsRefusesWithoutARecordedConsentWithdrawal() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getRuntimeService()
        .createProcessInstanceByKey(PathwayModel.PROCESS_WITHDRAW_CONSENT)
        .startBeforeActivity("ServiceTask_MinimiseHealthData")
        .setVariable(PathwayVariables.REFERRAL_ID.name(), tinasReferralId).execute())
        .hasMessageContaining("has no recorded consent withdrawal");
    assertThat(referrals.summary(tinasReferralId).personName()).isEqualTo(tinasPerson);
  }

  @Test
  void noCommentOrAttachmentIsKeptOnAReferralsTask() {
    ResponseEntity<String> written = api.post(DemoUsers.TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/comment/create", Map.of("message", "Said on the phone that things are hard at home"));
    ResponseEntity<String> read = api.get(DemoUsers.MANAGER, "/engine-rest/task/" + assessment.getId() + "/comment");

    assertThat(written.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(written)).startsWith("Comments and attachments are not kept on a referral's tasks");
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().getTaskComments(assessment.getId())).isEmpty();
  }

  // Assignment stays within the role ///////////////////////////////////////

  @Test
  void aCoordinatorCannotTakeATrainersTaskAndItsView() {
    ResponseEntity<String> assigned = api.post(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId()
        + "/assignee", Map.of("userId", DemoUsers.COORDINATOR));
    ResponseEntity<String> claimed = api.post(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId()
        + "/claim", Map.of("userId", DemoUsers.COORDINATOR));
    ResponseEntity<String> offered = api.post(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId()
        + "/identity-links", Map.of("groupId", Groups.COORDINATORS, "type", "candidate"));

    assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(assigned)).isEqualTo("The task 'Assess health and wellbeing' can be given only to one of the"
        + " Health Trainers.");
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(offered.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.post(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId() + "/identity-links",
        Map.of("groupId", Groups.HEALTH_TRAINERS, "type", "candidate")).getStatusCode())
        .as("offered to every trainer while Tina has it").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.post(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId() + "/identity-links",
        Map.of("userId", DemoUsers.SECOND_TRAINER, "type", "owner")).getStatusCode())
        .as("given an owner").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(offered)).isEqualTo("The task 'Assess health and wellbeing' can be offered only to the"
        + " Health Trainers.");
    assertThat(engine.getTaskService().createTaskQuery().taskId(assessment.getId()).singleResult().getAssignee())
        .isEqualTo(DemoUsers.TRAINER);
    assertThat(api.get(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId() + "/form-variables")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertRefusalAudited(DemoUsers.COORDINATOR, AuditLog.Action.ASSIGN_TASK, tinasReferral.getBusinessKey());
  }

  @Test
  void aTaskHandedToAnotherTrainerIsTheirsAloneToWork() {
    ResponseEntity<String> handed = api.post(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId()
        + "/assignee", Map.of("userId", DemoUsers.SECOND_TRAINER));

    assertThat(handed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(json(api.get(DemoUsers.SECOND_TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/form-variables?deserializeValues=false")).at("/personName/value").asText()).isEqualTo(tinasPerson);
    assertThat(api.get(DemoUsers.TRAINER, "/engine-rest/task/" + assessment.getId() + "/form-variables")
        .getStatusCode()).as("the former assignee keeps no permission").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> back = api.post(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId()
        + "/assignee", Map.of("userId", DemoUsers.TRAINER));
    assertThat(back.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(json(api.get(DemoUsers.SECOND_TRAINER, "/engine-rest/history/variable-instance?maxResults=50"
        + "&processInstanceId=" + tinasReferral.getId())).size())
        .as("nor any view of the referral's history").isZero();
  }

  @Test
  void aTaskWhoseAssigneeIsRemovedGoesBackToItsRolesQueue() {
    ResponseEntity<String> unclaimed = api.post(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId()
        + "/unclaim", Map.of());
    assertThat(unclaimed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(json(api.get(DemoUsers.SECOND_TRAINER, "/engine-rest/task?maxResults=50&candidateGroup="
        + Groups.HEALTH_TRAINERS)).findValuesAsText("id")).contains(assessment.getId());

    assertThat(json(api.get(DemoUsers.SECOND_TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/form-variables?deserializeValues=false")).has("personName"))
        .as("the person's details before claiming").isFalse();
    ResponseEntity<String> byColin = api.post(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId()
        + "/claim", Map.of("userId", DemoUsers.COORDINATOR));
    ResponseEntity<String> byTom = api.post(DemoUsers.SECOND_TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/claim", Map.of("userId", DemoUsers.SECOND_TRAINER));

    assertThat(byColin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byTom.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(json(api.get(DemoUsers.SECOND_TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/form-variables?deserializeValues=false")).at("/personName/value").asText())
        .as("claimed, the task shows its referral").isEqualTo(tinasPerson);
    assertThat(audit.latest(tinasReferral.getBusinessKey(), 50)).as("each opening of the form in the audit log")
        .anySatisfy(event -> {
          assertThat(event.getUserId()).isEqualTo(DemoUsers.SECOND_TRAINER);
          assertThat(event.getAction()).isEqualTo(AuditLog.Action.OPEN_TASK_FORM.name());
          assertThat(event.isAllowed()).isTrue();
        });
    assertThat(engine.getTaskService().createTaskQuery().taskId(assessment.getId()).singleResult().getAssignee())
        .isEqualTo(DemoUsers.SECOND_TRAINER);
    assertThat(json(api.get(DemoUsers.TRAINER, "/engine-rest/task?maxResults=50&candidateGroup="
        + Groups.HEALTH_TRAINERS)).findValuesAsText("id")).as("claimed, the task has left the queue")
        .doesNotContain(assessment.getId());
  }

  @Test
  void aReferrerWhoHasLeftTheRoleDoesNotStopThePathwayNorKeepsItsView() {
    Map<String, Object> form = Pathway.referralForm();
    form.put("postcode", "M1 1AE");
    ProcessInstance referral = pathway.start(PathwayModel.PROCESS_PATHWAY, OTHER_PRACTITIONER, form);
    identity.deleteMembership(OTHER_PRACTITIONER, Groups.PROBATION_PRACTITIONERS);
    try {
      pathway.runJobs();

      Task notice = pathway.task(referral, PathwayModel.TASK_READ_WHY_NOT_ELIGIBLE);
      assertThat(notice.getAssignee()).isEqualTo(OTHER_PRACTITIONER);
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(referral.getId()).count())
          .as("incidents").isZero();
      ResponseEntity<String> opened = api.get(OTHER_PRACTITIONER, "/engine-rest/task/" + notice.getId()
          + "/form-variables?deserializeValues=false");
      assertThat(opened.getStatusCode().is2xxSuccessful() ? opened.getBody() : "").doesNotContain("ineligibilityReason");
    } finally {
      identity.createMembership(OTHER_PRACTITIONER, Groups.PROBATION_PRACTITIONERS);
    }
  }

  @Test
  void aTaskThatEndsWhileQueuedLeavesTheRoleNoHistory() {
    assertThat(api.post(DemoUsers.COORDINATOR, "/engine-rest/task/" + assessment.getId() + "/unclaim", Map.of())
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    pathway.start(PathwayModel.PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER, Map.of(
        "referralReference", tinasReferral.getBusinessKey(), "withdrawalReason", "MOVED_OUT_OF_AREA"));
    pathway.runJobs();

    assertThat(json(api.get(DemoUsers.SECOND_TRAINER, "/engine-rest/history/variable-instance?maxResults=50"
        + "&processInstanceId=" + tinasReferral.getId())).size()).as("what another trainer reads of its history")
        .isZero();
    assertThat(json(api.get(DemoUsers.TRAINER, "/engine-rest/history/variable-instance?maxResults=50"
        + "&processInstanceId=" + tinasReferral.getId())).size()).as("what its trainer, who worked on it, reads")
        .isPositive();
  }

  // No personal data in engine variables ///////////////////////////////////

  @Test
  void noVariableFilterCanProbeAPersonsDetails() {
    String dateOfBirth = ServiceClock.today().minusYears(34).toString();
    Map<String, Object> filter = Map.of("name", "dateOfBirth", "operator", "eq", "value", dateOfBirth);

    JsonNode tasks = json(api.post(DemoUsers.MANAGER, "/engine-rest/task/count", Map.of("taskVariables", List.of(filter))));
    JsonNode byProcessVariable = json(api.post(DemoUsers.MANAGER, "/engine-rest/task/count",
        Map.of("processVariables", List.of(filter))));
    JsonNode executions = json(api.get(DemoUsers.MANAGER, "/engine-rest/execution/count?variables=dateOfBirth_eq_"
        + dateOfBirth));
    WebappSession cockpit = WebappSession.logIn(rest, "cockpit", DemoUsers.MANAGER, DemoUsers.PASSWORD);
    ResponseEntity<String> cockpitCount = cockpit.post("/camunda/api/cockpit/plugin/base/default/process-instance/count",
        toJson(Map.of("variables", List.of(filter))));

    assertThat(tasks.get("count").asLong()).isZero();
    assertThat(byProcessVariable.get("count").asLong()).isZero();
    assertThat(executions.get("count").asLong()).isZero();
    assertThat(cockpitCount.getStatusCode()).as(cockpitCount.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json(cockpitCount).get("count").asLong()).isZero();
    assertThat(jdbc.queryForList("select distinct NAME_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ?", String.class,
        tinasReferral.getId())).as("every variable of the referral is one the pathway declares")
        .isNotEmpty().isSubsetOf(PathwayVariables.NAMES);
    assertThat(jdbc.queryForList("select distinct NAME_ from ACT_HI_VARINST where PROC_INST_ID_ = ?", String.class,
        tinasReferral.getId())).isNotEmpty().isSubsetOf(PathwayVariables.NAMES);
    // The details are still shown to the one who works the task.
    assertThat(json(api.get(DemoUsers.TRAINER, "/engine-rest/task/" + assessment.getId()
        + "/form-variables?deserializeValues=false")).at("/dateOfBirth/value").asText())
        .isEqualTo(org.ohtpathway.form.ShownDates.day(ServiceClock.today().minusYears(34)));
  }

  // helpers ///////////////////////////////////////////////////////////////

  private void assertRunning(ProcessInstance referral) {
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(referral.getId()).count())
        .as("the pathway still runs").isOne();
  }

  private void assertRefusalAudited(String user, AuditLog.Action action, String reference) {
    List<AuditEvent> events = audit.latest(reference, 50);
    assertThat(events).as("refusals in the audit log").anySatisfy(event -> {
      assertThat(event.getUserId()).isEqualTo(user);
      assertThat(event.getAction()).isEqualTo(action.name());
      assertThat(event.isAllowed()).isFalse();
    });
  }

  private static Map<String, Object> consentWithdrawal(String reference, boolean confirm) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("referralReference", reference);
    form.put("consentWithdrawnOn", ServiceClock.today().toString());
    form.put("reportedBy", "PHONE");
    form.put("confirmErasure", confirm);
    return Api.variables(form);
  }
}
