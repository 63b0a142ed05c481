package org.ohtpathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Api;
import org.ohtpathway.HttpTest;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.Pathway;
import org.ohtpathway.deadline.Deadlines;
import org.ohtpathway.demo.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A model must not be a way to run code on the server, whoever deploys it: an administrator, or
 * a designer's change once it is approved (change.PathwayChanges checks it the same way). Each
 * attempt is refused with a sentence saying why, and leaves nothing behind. Service designers
 * deploy nothing themselves. Over real HTTP.
 */
@HttpTest
class DeploymentSafetyTest {

  static final String ADMIN = "admin";
  static final AtomicInteger MODELS = new AtomicInteger();

  @Autowired TestRestTemplate rest;
  @Autowired ReferralService referrals;
  @Autowired ProcessEngine engine;

  // Expressions ///////////////////////////////////////////////////////////

  @Test
  void aTimerThatReadsTheReferralTableIsRefused() {
    String key = key("ReadsReferrals");
    ResponseEntity<String> response = deploy(ADMIN, key + ".bpmn",
        timerStartedServiceTask(key, "${referralRepository.count()}"));

    assertRefused(response, 400, "ServiceTask_Run 'Run it'", "${referralRepository.count()}", "'referralRepository'",
        "not one of the pathway's beans");
    assertNothingDeployed(key);
  }

  @Test
  void aTimerThatReadsTheAdministratorsPasswordIsRefused() {
    String key = key("ReadsSettings");
    ResponseEntity<String> response = deploy(ADMIN, key + ".bpmn",
        timerStartedServiceTask(key, "${environment.getProperty('camunda.bpm.admin-user.password')}"));

    assertRefused(response, 400, "'environment'", "not one of the pathway's beans");
    assertNothingDeployed(key);
  }

  @Test
  void anExpressionThatReachesJavaClassesIsRefused() {
    String key = key("ReachesRuntime");
    ResponseEntity<String> response = deploy(ADMIN, key + ".bpmn", timerStartedServiceTask(key,
        "${''.getClass().forName('java.lang.Runtime').getRuntime().availableProcessors()}"));

    assertRefused(response, 400, "ServiceTask_Run", "not one of the pathway's beans");
    assertNothingDeployed(key);
  }

  @Test
  void anExpressionThatReadsTheExecutionIsRefused() {
    String key = key("ReadsExecution");
    ResponseEntity<String> response = deploy(ADMIN, key + ".bpmn", process(key,
        "<userTask id=\"Task_Look\" name=\"Look\" camunda:assignee=\"${execution.getProcessEngine().getName()}\"/>"));

    assertRefused(response, 400, "Task_Look 'Look'", "execution");
    assertNothingDeployed(key);
  }

  // Code //////////////////////////////////////////////////////////////////

  @Test
  void aScriptTaskIsRefused() {
    String key = key("Script");
    ResponseEntity<String> response = deploy(ADMIN, key + ".bpmn", process(key,
        "<scriptTask id=\"ScriptTask_Run\" name=\"Run a script\" scriptFormat=\"javascript\">"
            + "<script>java.lang.System.exit(1)</script></scriptTask>"));

    assertRefused(response, 400, "ScriptTask_Run 'Run a script'", "script");
    assertNothingDeployed(key);
  }

  @Test
  void aScriptInAnInputMappingIsRefused() {
    String key = key("MappingScript");
    ResponseEntity<String> response = deploy(ADMIN, key + ".bpmn", process(key,
        "<userTask id=\"Task_Mapped\" name=\"Mapped\"><extensionElements><camunda:inputOutput>"
            + "<camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"groovy\">1</camunda:script>"
            + "</camunda:inputParameter></camunda:inputOutput></extensionElements></userTask>"));

    assertRefused(response, 400, "Task_Mapped 'Mapped'", "script");
    assertNothingDeployed(key);
  }

  @Test
  void aJavaClassAsADelegateIsRefused() {
    String key = key("JavaClass");
    ResponseEntity<String> response = deploy(ADMIN, key + ".bpmn", process(key,
        "<serviceTask id=\"ServiceTask_Class\" name=\"Call a class\""
            + " camunda:class=\"org.ohtpathway.privacy.ApplyRetention\"/>"));

    assertRefused(response, 400, "ServiceTask_Class 'Call a class'", "class");
    assertNothingDeployed(key);
  }

  @Test
  void aDecisionTableInAnotherExpressionLanguageIsRefused() {
    String key = key("JuelTable");
    String dmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"Definitions_" + key + "\" name=\"t\""
        + " namespace=\"http://camunda.org/schema/1.0/dmn\">"
        + "<decision id=\"" + key + "\" name=\"Reads settings\" camunda:historyTimeToLive=\"1\">"
        + "<decisionTable id=\"DecisionTable_" + key + "\"><input id=\"Input_Setting\" label=\"Setting\">"
        + "<inputExpression id=\"InputExpression_Setting\" typeRef=\"string\" expressionLanguage=\"juel\">"
        + "<text>${environment.getProperty('camunda.bpm.admin-user.password')}</text></inputExpression></input>"
        + "<output id=\"Output_Value\" name=\"value\" typeRef=\"string\"/>"
        + "<rule id=\"Rule_Any\"><inputEntry id=\"InputEntry_Any\"><text>-</text></inputEntry>"
        + "<outputEntry id=\"OutputEntry_Any\"><text>\"x\"</text></outputEntry></rule>"
        + "</decisionTable></decision></definitions>";

    ResponseEntity<String> response = deploy(ADMIN, key + ".dmn", dmn);

    assertRefused(response, 400, key + ".dmn", "InputExpression_Setting", "juel", "FEEL");
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key).count())
        .isZero();
  }

  // Deleting deployments //////////////////////////////////////////////////

  @Test
  void aDesignerCannotDeployOrDeleteADeploymentDirectly() {
    ProcessInstance referral = new Pathway(engine).refer();
    String deploymentId = deploymentOf(referral);
    String key = key("Direct");

    ResponseEntity<String> deployed = new Api(rest).deploy(DemoUsers.DESIGNER, key + ".bpmn", Map.of(key + ".bpmn",
        process(key, "<endEvent id=\"EndEvent_Done\" name=\"Done\"/>").getBytes(StandardCharsets.UTF_8)));
    ResponseEntity<String> deleted = rest.withBasicAuth(DemoUsers.DESIGNER, DemoUsers.PASSWORD).exchange(
        "/engine-rest/deployment/" + deploymentId + "?cascade=true&skipCustomListeners=true", HttpMethod.DELETE,
        null, String.class);

    assertRefused(deployed, 403, "not deployed directly", "POST /api/pathway-changes");
    assertNothingDeployed(key);
    assertRefused(deleted, 403);
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(deploymentId).count()).isOne();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(referral.getId()).count())
        .isOne();
  }

  // What may be deployed ///////////////////////////////////////////////////

  @Test
  void aModelThatUsesOnlyThePathwaysBeansAndVariablesIsDeployedAndRemoved() {
    String key = key("Harmless");
    ResponseEntity<String> response = deploy(ADMIN, key + ".bpmn", process(key,
        "<userTask id=\"Task_Allocate\" name=\"Allocate\" camunda:assignee=\"${trainerId}\""
            + " camunda:candidateGroups=\"oht-coordinators\" camunda:priority=\"${taskPriority}\""
            + " camunda:dueDate=\"${deadlines.due(execution, 'allocation')}\"/>"
            + "<serviceTask id=\"ServiceTask_Notify\" name=\"Tell them\" camunda:delegateExpression=\"${notify}\">"
            + "<extensionElements><camunda:inputOutput><camunda:inputParameter name=\"notification\">allocated"
            + "</camunda:inputParameter></camunda:inputOutput></extensionElements></serviceTask>"
            + "<exclusiveGateway id=\"Gateway_Eligible\" name=\"Eligible?\" default=\"Flow_No\"/>"
            + "<endEvent id=\"EndEvent_Done\" name=\"Done\"/>"
            + "<sequenceFlow id=\"Flow_No\" sourceRef=\"Gateway_Eligible\" targetRef=\"EndEvent_Done\"/>"
            + "<sequenceFlow id=\"Flow_Yes\" sourceRef=\"Gateway_Eligible\" targetRef=\"EndEvent_Done\">"
            + "<conditionExpression xsi:type=\"tFormalExpression\">${eligible &amp;&amp; contactOutcome == 'DECLINED'}"
            + "</conditionExpression></sequenceFlow>"));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count()).isOne();

    String deploymentId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .singleResult().getDeploymentId();
    ResponseEntity<String> removed = rest.withBasicAuth(ADMIN, DemoUsers.PASSWORD).exchange(
        "/engine-rest/deployment/" + deploymentId, HttpMethod.DELETE, null, String.class);
    assertThat(removed.getStatusCode().is2xxSuccessful()).as(removed.getBody()).isTrue();
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(deploymentId).count()).isZero();
  }

  @Test
  void aCopyOfTheShippedPathwayIsAccepted() throws IOException {
    // Under another key, so that the referrals of the other tests keep starting the shipped pathway.
    String key = key("PathwayCopy");
    String pathway = shipped("OhtPathway.bpmn").replace("id=\"OhtPathway\"", "id=\"" + key + "\"")
        .replace("bpmnElement=\"OhtPathway\"", "bpmnElement=\"" + key + "\"");

    ResponseEntity<String> response = deploy(ADMIN, key + ".bpmn", pathway);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count()).isOne();
    removeAsAdministrator(key);
  }

  @Test
  void theExpressionsOfAModelSeeOnlyThePathwaysBeans() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ExpressionManager expressions = configuration.getExpressionManager();

    Object deadlines = configuration.getCommandExecutorTxRequired()
        .execute(context -> expressions.createExpression("${deadlines}").getValue(null));
    assertThat(deadlines).isInstanceOf(Deadlines.class);
    for (String hidden : new String[] {"${environment}", "${referralRepository}", "${processEngine}"}) {
      assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired()
          .execute(context -> expressions.createExpression(hidden).getValue(null)))
          .as(hidden).isInstanceOf(ProcessEngineException.class).hasMessageContaining("Cannot resolve identifier");
    }
  }

  @Test
  void aTimerThatHandsADelegateAReferralOfItsChoosingIsRefused() {
    String key = key("Erase");
    ResponseEntity<String> response = deploy(ADMIN, key + ".bpmn", process(key,
        "<startEvent id=\"StartEvent_Timer\" name=\"At once\"><outgoing>Flow_Run</outgoing>"
        + "<timerEventDefinition id=\"Timer_AtOnce\"><timeDate>2020-01-01T00:00:00Z</timeDate>"
        + "</timerEventDefinition></startEvent>"
        + "<sequenceFlow id=\"Flow_Run\" sourceRef=\"StartEvent_Timer\" targetRef=\"ServiceTask_Erase\"/>"
        + "<serviceTask id=\"ServiceTask_Erase\" name=\"Erase\" camunda:delegateExpression=\"${minimiseHealthData}\">"
        + "<extensionElements><camunda:inputOutput><camunda:inputParameter name=\"referralId\">${3}"
        + "</camunda:inputParameter></camunda:inputOutput></extensionElements></serviceTask>"));

    assertRefused(response, 400, "ServiceTask_Erase", "writes the pathway's variable 'referralId'");
    assertNothingDeployed(key);
  }

  @Test
  void aTaskOfThePathwayGivenToTheDesignerIsRefused() throws IOException {
    String pathway = shipped("OhtPathway.bpmn").replace("camunda:candidateGroups=\"oht-coordinators\"",
        "camunda:assignee=\"dee\"");
    long versions = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).count();

    ResponseEntity<String> response = deploy(ADMIN, "OhtPathway.bpmn", pathway);

    assertRefused(response, 400, "Task_TriageAndAllocate", "camunda:assignee",
        "is not allowed: a task is given to the allocated trainer");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).count()).isEqualTo(versions);
  }

  @Test
  void aDesignerCannotSuspendAProcessOrShortenItsHistory() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PathwayModel.PROCESS_WITHDRAW_CONSENT).latestVersion().singleResult().getId();
    Api api = new Api(rest);

    ResponseEntity<String> suspended = api.put(DemoUsers.DESIGNER, "/engine-rest/process-definition/" + definition
        + "/suspended", Map.of("suspended", true, "includeProcessInstances", false));
    ResponseEntity<String> shortened = api.put(DemoUsers.DESIGNER, "/engine-rest/process-definition/" + definition
        + "/history-time-to-live", Map.of("historyTimeToLive", 0));

    assertThat(suspended.getStatusCode().value()).as(suspended.getBody()).isEqualTo(403);
    assertThat(shortened.getStatusCode().value()).as(shortened.getBody()).isEqualTo(403);
    assertThat(engine.getRepositoryService().getProcessDefinition(definition).isSuspended()).isFalse();
    assertThat(engine.getRepositoryService().getProcessDefinition(definition).getHistoryTimeToLive()).isPositive();
  }

  @Test
  void aStaffProcessRedeployedWithoutItsFormCannotBeHandedThePathwaysVariables() throws IOException {
    ProcessInstance referral = new Pathway(engine).referAndAllocate();
    Long referralId = new Pathway(engine).referralId(referral);
    String person = referrals.summary(referralId).personName();
    String withoutForm = shipped("WithdrawConsent.bpmn")
        .replace(" camunda:formRef=\"consent-withdrawal\" camunda:formRefBinding=\"deployment\"", "");
    ResponseEntity<String> deployed = deploy(ADMIN, "WithdrawConsent.bpmn", withoutForm);
    assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
    try {
      ResponseEntity<String> erased = new Api(rest).post(DemoUsers.TRAINER, "/engine-rest/process-definition/key/"
          + PathwayModel.PROCESS_WITHDRAW_CONSENT + "/submit-form", Map.of("variables",
              Map.of("referralId", Map.of("value", referralId, "type", "Long"))));

      assertRefused(erased, 403, "The variable 'referralId' belongs to the pathway");
      assertThat(referrals.summary(referralId).personName()).isEqualTo(person);
    } finally {
      removeAsAdministrator(PathwayModel.PROCESS_WITHDRAW_CONSENT, deployed);
    }
  }

  @Test
  void aMessageStartThatWritesTheInitiatorIsRefused() {
    String key = key("Initiator");
    ResponseEntity<String> response = deploy(ADMIN, key + ".bpmn", process(key,
        "<startEvent id=\"StartEvent_Message\" name=\"On a message\" camunda:initiator=\"referrerId\">"
        + "<messageEventDefinition id=\"Message_Start\" messageRef=\"Message_Go\"/></startEvent>")
        .replace("</definitions>", "<message id=\"Message_Go\" name=\"Go\"/></definitions>"));

    assertRefused(response, 400, "StartEvent_Message", "writes the pathway's variable 'referrerId'");
    assertNothingDeployed(key);
  }

  @Test
  void aFormThatTemplatesWhatStaffReadOrTicksForThemIsRefused() {
    String templated = "{\"id\":\"designer-form-1\",\"type\":\"default\",\"schemaVersion\":16,\"components\":["
        + "{\"type\":\"text\",\"id\":\"Text_1\",\"text\":\"Your session ended: type your password for"
        + " {{referralReference}}\"}]}";
    String ticked = "{\"id\":\"designer-form-2\",\"type\":\"default\",\"schemaVersion\":16,\"components\":["
        + "{\"type\":\"checkbox\",\"id\":\"Field_confirm\",\"key\":\"confirmErasure\",\"label\":\"Remove\","
        + "\"defaultValue\":true}]}";

    assertRefused(deploy(ADMIN, "designer-form-1.form", templated), 400, "Text_1",
        "computed from variables");
    assertRefused(deploy(ADMIN, "designer-form-2.form", ticked), 400, "Field_confirm",
        "a box ticked in advance");
  }

  @Test
  void aFormOfferedToAnotherRoleThanItsOwnShowsNothingAndCannotBeSubmitted() throws IOException {
    String assessmentForPractitioners = shipped("OhtPathway.bpmn").replace(
        "camunda:formRef=\"assessment\" camunda:formRefBinding=\"deployment\" camunda:assignee=\"${trainerId}\"",
        "camunda:formRef=\"assessment\" camunda:formRefBinding=\"deployment\""
            + " camunda:candidateGroups=\"probation-practitioners\"");
    ResponseEntity<String> deployed = deploy(ADMIN, "OhtPathway.bpmn", assessmentForPractitioners);
    assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
    try {
      ProcessInstance referral = new Pathway(engine).referToAssessment();
      String task = new Pathway(engine).task(referral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING).getId();
      Api api = new Api(rest);

      ResponseEntity<String> opened = api.get(DemoUsers.PRACTITIONER, "/engine-rest/task/" + task
          + "/form-variables?deserializeValues=false");
      ResponseEntity<String> submitted = api.post(DemoUsers.PRACTITIONER, "/engine-rest/task/" + task
          + "/submit-form", Api.variables(Pathway.assessmentForm(false)));

      assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(200);
      assertThat(opened.getBody()).doesNotContain("personName").doesNotContain("dateOfBirth");
      assertRefused(submitted, 403, "shows a form of the Health Trainers but is for the Probation practitioners");
      assertThat(new Pathway(engine).task(referral, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING).getId())
          .isEqualTo(task);
    } finally {
      removeAsAdministrator(PathwayModel.PROCESS_PATHWAY, deployed);
    }
  }

  // Helpers ///////////////////////////////////////////////////////////////

  private static String key(String what) {
    return "Designer" + what + MODELS.incrementAndGet();
  }

  private static String process(String key, String elements) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"designer\">"
        + "<process id=\"" + key + "\" name=\"A designer's model\" isExecutable=\"true\""
        + " camunda:historyTimeToLive=\"1\"><startEvent id=\"StartEvent_Started\" name=\"Started\"/>"
        + elements + "</process></definitions>";
  }

  /** A timer start event already due, and a service task that evaluates the expression with no user. */
  private static String timerStartedServiceTask(String key, String expression) {
    return process(key, "<startEvent id=\"StartEvent_Timer\" name=\"At once\"><outgoing>Flow_Run</outgoing>"
        + "<timerEventDefinition id=\"Timer_AtOnce\"><timeDate>2020-01-01T00:00:00Z</timeDate>"
        + "</timerEventDefinition></startEvent>"
        + "<sequenceFlow id=\"Flow_Run\" sourceRef=\"StartEvent_Timer\" targetRef=\"ServiceTask_Run\"/>"
        + "<serviceTask id=\"ServiceTask_Run\" name=\"Run it\" camunda:expression=\"" + expression + "\""
        + " camunda:resultVariable=\"loot\"/>");
  }

  private ResponseEntity<String> deploy(String user, String fileName, String content) {
    return new Api(rest).deploy(user, fileName, Map.of(fileName, content.getBytes(StandardCharsets.UTF_8)));
  }

  private String deploymentOf(ProcessInstance referral) {
    return engine.getRepositoryService().getProcessDefinition(referral.getProcessDefinitionId()).getDeploymentId();
  }

  private void assertNothingDeployed(String key) {
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count())
        .isZero();
    assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(key).count()).isZero();
  }

  private void removeAsAdministrator(String key) {
    String deploymentId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .singleResult().getDeploymentId();
    removeDeploymentAsAdministrator(deploymentId);
  }

  /** Removes the deployment that answer made, so that the shipped version of its process is the latest again. */
  private void removeAsAdministrator(String key, ResponseEntity<String> deployed) {
    String deploymentId = Api.json(deployed).get("id").asText();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deploymentId)
        .processDefinitionKey(key).count()).isOne();
    removeDeploymentAsAdministrator(deploymentId);
  }

  private void removeDeploymentAsAdministrator(String deploymentId) {
    ResponseEntity<String> removed = rest.withBasicAuth(ADMIN, DemoUsers.PASSWORD).exchange(
        "/engine-rest/deployment/" + deploymentId + "?cascade=true&skipCustomListeners=true", HttpMethod.DELETE, null,
        String.class);
    assertThat(removed.getStatusCode().is2xxSuccessful()).as(removed.getBody()).isTrue();
  }

  private static String shipped(String model) throws IOException {
    try (InputStream in = DeploymentSafetyTest.class.getResourceAsStream("/processes/" + model)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertRefused(ResponseEntity<String> response, int status, String... sayings) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getBody()).doesNotContain("\tat ").doesNotContain("Exception:");
    if (sayings.length > 0) {
      assertThat(response.getBody()).contains(sayings);
    }
  }
}
