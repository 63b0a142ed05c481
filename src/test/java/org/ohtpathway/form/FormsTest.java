package org.ohtpathway.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.allocation.Priority;
import org.ohtpathway.assessment.DrugUse;
import org.ohtpathway.assessment.ReadinessToChange;
import org.ohtpathway.assessment.SmokingStatus;
import org.ohtpathway.contact.ContactChannel;
import org.ohtpathway.contact.ContactOutcome;
import org.ohtpathway.exit.ExitMeasure;
import org.ohtpathway.exit.ExitReason;
import org.ohtpathway.exit.GoalAchievement;
import org.ohtpathway.exit.MeasureNotCollectedReason;
import org.ohtpathway.referral.HealthNeed;
import org.ohtpathway.referral.RiskLevel;
import org.ohtpathway.referral.Sex;
import org.ohtpathway.plan.GoalClosure;
import org.ohtpathway.referral.SupervisionType;
import org.ohtpathway.referral.YesNoNotKnown;
import org.ohtpathway.review.ReviewDecision;
import org.ohtpathway.safeguarding.AtRisk;
import org.ohtpathway.safeguarding.SafeguardingActionTaken;
import org.ohtpathway.session.Attendance;
import org.ohtpathway.session.Delivery;
import org.ohtpathway.session.GoalProgressLevel;
import org.ohtpathway.appointment.RescheduledBy;
import org.ohtpathway.signposting.FollowUpOutcome;
import org.ohtpathway.signposting.KindOfHelp;
import org.ohtpathway.signposting.ServiceType;
import org.ohtpathway.withdrawal.ReportedBy;
import org.ohtpathway.withdrawal.WithdrawalReason;
import org.springframework.beans.factory.annotation.Autowired;

/** The Camunda Forms in forms/, as deployed, against the models and the server's rules. */
@PathwayTest
class FormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The components Tasklist 7.24 (form-js 1.8) renders. */
  private static final Set<String> TASKLIST_COMPONENTS = Set.of("textfield", "textarea", "number",
      "datetime", "checkbox", "checklist", "radio", "select", "taglist", "text", "group", "dynamiclist",
      "separator", "spacer");

  /** The codes each choice field may submit, from the enum the server reads it with. */
  private static final Map<String, Class<? extends Enum<?>>> CODES = new HashMap<>();

  static {
    CODES.put("sex", Sex.class);
    CODES.put("supervisionType", SupervisionType.class);
    CODES.put("presentingNeeds", HealthNeed.class);
    CODES.put("registeredWithGp", YesNoNotKnown.class);
    CODES.put("riskToOthers", RiskLevel.class);
    CODES.put("riskToSelf", RiskLevel.class);
    CODES.put("priority", Priority.class);
    CODES.put("triageOutcome", org.ohtpathway.allocation.TriageOutcome.class);
    CODES.put("declineReason", org.ohtpathway.allocation.DeclineReason.class);
    CODES.put("channel", ContactChannel.class);
    CODES.put("attemptOutcome", ContactOutcome.class);
    CODES.put("topicsToWorkOn", HealthNeed.class);
    CODES.put("smokingStatus", SmokingStatus.class);
    CODES.put("exitSmokingStatus", SmokingStatus.class);
    CODES.put("drugUse", DrugUse.class);
    CODES.put("readinessToChange", ReadinessToChange.class);
    CODES.put("safeguardingAtRisk", AtRisk.class);
    CODES.put("atRisk", AtRisk.class);
    CODES.put("topic", HealthNeed.class);
    CODES.put("closedReason", GoalClosure.class);
    CODES.put("attendance", Attendance.class);
    CODES.put("delivery", Delivery.class);
    CODES.put("rescheduledBy", RescheduledBy.class);
    CODES.put("appointmentPlace", org.ohtpathway.appointment.Place.class);
    CODES.put("progress", GoalProgressLevel.class);
    CODES.put("serviceType", ServiceType.class);
    CODES.put("kindOfHelp", KindOfHelp.class);
    CODES.put("followUpOutcome", FollowUpOutcome.class);
    CODES.put("decision", ReviewDecision.class);
    CODES.put("exitReason", ExitReason.class);
    CODES.put("achievement", GoalAchievement.class);
    CODES.put("measuresNotCollected", ExitMeasure.class);
    CODES.put("notCollectedReason", MeasureNotCollectedReason.class);
    CODES.put("actionTaken", SafeguardingActionTaken.class);
    CODES.put("withdrawalReason", WithdrawalReason.class);
    CODES.put("reportedBy", ReportedBy.class);
    CODES.put("changeDecision", org.ohtpathway.change.ChangeDecision.class);
    CODES.put("migration", org.ohtpathway.change.MigrationChoice.class);
  }

  @Autowired RepositoryService repository;
  @Autowired FormService formService;
  @Autowired TaskForms taskForms;

  @Test
  void everyStartEventAndUserTaskHasAFormRefToAFormDeployedWithIt() {
    List<String> checked = new ArrayList<>();
    for (ProcessDefinition definition : latestDefinitions()) {
      Set<String> deployedForms = deployedForms(definition.getDeploymentId()).keySet();
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isNotBlank();
        assertThat(task.getCamundaFormRefBinding()).as("formRefBinding of %s", task.getId()).isEqualTo("deployment");
        assertThat(deployedForms).as("form of %s", task.getId()).contains(task.getCamundaFormRef());
        checked.add(task.getId());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getParentElement() instanceof Process) {
          assertThat(start.getCamundaFormRef()).as("formRef of %s", start.getId()).isNotBlank();
          assertThat(deployedForms).contains(start.getCamundaFormRef());
          checked.add(start.getId());
        }
      }
    }
    assertThat(checked).contains("StartEvent_ReferralReceived", "Task_RecordExit", "Task_ActOnSafeguardingConcern")
        .hasSizeGreaterThanOrEqualTo(17);
  }

  @Test
  void theEngineServesEachStartForm() throws Exception {
    for (ProcessDefinition definition : latestDefinitions()) {
      try (InputStream form = formService.getDeployedStartForm(definition.getId())) {
        String formRef = repository.getBpmnModelInstance(definition.getId())
            .getModelElementsByType(StartEvent.class).stream()
            .filter(start -> start.getParentElement() instanceof Process)
            .findFirst().orElseThrow().getCamundaFormRef();
        assertThat(JSON.readTree(form).get("id").asText()).isEqualTo(formRef);
      }
    }
  }

  @Test
  void everyDeployedFormIsCheckedOnTheServerAndEveryServerSideFormIsDeployed() {
    Set<String> deployed = deployedForms(latestDefinitions().get(0).getDeploymentId()).keySet();
    assertThat(taskForms.formIds()).containsExactlyInAnyOrderElementsOf(deployed);
  }

  @Test
  void formsUseOnlyWhatTasklistRendersAndHaveUniqueComponentIds() {
    deployedForms(latestDefinitions().get(0).getDeploymentId()).forEach((id, form) -> {
      assertThat(form.get("schemaVersion").asInt()).as("schemaVersion of %s", id).isEqualTo(16);
      assertThat(form.get("executionPlatformVersion").asText()).startsWith("7.24");
      List<String> componentIds = new ArrayList<>();
      visit(form, component -> {
        assertThat(TASKLIST_COMPONENTS).as("component type in %s", id).contains(component.get("type").asText());
        componentIds.add(component.get("id").asText());
      });
      assertThat(componentIds).as("component ids of %s", id).doesNotHaveDuplicates();
    });
  }

  /**
   * form-js renders a text component as Markdown (and HTML): a value templated into it, say a
   * name or a note someone typed, could add links, images or fake instructions to the form.
   * Values are shown in disabled fields instead, which render them as plain text.
   */
  @Test
  void noTextComponentTemplatesAVariable() {
    List<String> templating = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    deployedForms(latestDefinitions().get(0).getDeploymentId()).forEach((id, form) -> visit(form, component -> {
      if (component.get("type").asText().equals("text")) {
        String text = component.path("text").asText();
        texts.add(id + "." + component.get("id").asText());
        if (text.contains("{{") || text.strip().startsWith("=")) {
          templating.add(id + "." + component.get("id").asText());
        }
      }
    }));
    assertThat(texts).as("text components checked").hasSizeGreaterThan(5);
    assertThat(templating).as("text components that template a variable").isEmpty();
  }

  /**
   * A value a form only shows is never sent back (form-js leaves disabled fields out of what it
   * submits), so it cannot be changed on its way into the record. Each value is typed in one form.
   */
  @Test
  void everyFieldThatShowsWhatSomeoneTypedElsewhereIsDisabled() {
    Map<String, String> typedIn = Map.of("personName", "none", "crn", "referral", "loneWorkingCautions", "referral",
        "concernDescription", "safeguarding-concern");
    List<String> shown = new ArrayList<>();
    deployedForms(latestDefinitions().get(0).getDeploymentId()).forEach((id, form) -> visit(form, component -> {
      String key = component.path("key").asText();
      if (typedIn.containsKey(key) && !typedIn.get(key).equals(id)) {
        assertThat(component.path("disabled").asBoolean()).as("%s.%s disabled", id, key).isTrue();
        shown.add(id + "." + key);
      }
    }));
    assertThat(shown).as("forms that show who the referral is about").hasSizeGreaterThan(12);
  }

  /**
   * form-js words a broken {@code validate.pattern} as "Field must match pattern ^OHT-...$": the
   * server checks the shape of a value instead, with a sentence saying what to type.
   */
  @Test
  void noFieldShowsStaffARegularExpression() {
    List<String> patterned = new ArrayList<>();
    deployedForms(latestDefinitions().get(0).getDeploymentId()).forEach((id, form) -> visit(form, component -> {
      if (component.path("validate").has("pattern")) {
        patterned.add(id + ": " + component.path("key").asText());
      }
    }));
    assertThat(patterned).isEmpty();
  }

  @Test
  void theOptionsOfEveryChoiceAreTheCodesTheServerAccepts() {
    List<String> checked = new ArrayList<>();
    deployedForms(latestDefinitions().get(0).getDeploymentId()).forEach((id, form) -> visit(form, component -> {
      if (!component.has("values")) {
        return;
      }
      String key = component.get("key").asText();
      Set<String> options = new HashSet<>();
      component.get("values").forEach(option -> options.add(option.get("value").asText()));
      assertThat(options).as("options of %s in %s", key, id).isEqualTo(expectedCodes(key, options));
      checked.add(id + "." + key);
    }));
    assertThat(checked).hasSizeGreaterThan(40);
  }

  private static Set<String> expectedCodes(String key, Set<String> options) {
    if (CODES.containsKey(key)) {
      return Arrays.stream(CODES.get(key).getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }
    if (key.startsWith("auditC")) {
      return range(0, 4);
    }
    if (key.matches("(exitS|s)wemwbs[1-7]") || key.equals("helpfulness")) {
      return range(1, 5);
    }
    if (options.equals(Set.of("yes", "no"))) {
      return options;
    }
    throw new AssertionError("No codes known for the choice field '" + key + "': add it to FormsTest.CODES");
  }

  private static Set<String> range(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).collect(Collectors.toSet());
  }

  private static void visit(JsonNode container, Consumer<JsonNode> action) {
    if (container.has("components")) {
      container.get("components").forEach(component -> {
        action.accept(component);
        visit(component, action);
      });
    }
  }

  /** The processes staff start in Tasklist: each has a start form. */
  private List<ProcessDefinition> latestDefinitions() {
    return repository.createProcessDefinitionQuery().latestVersion().startableInTasklist().list();
  }

  private Map<String, JsonNode> deployedForms(String deploymentId) {
    Map<String, JsonNode> forms = new HashMap<>();
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(".form")) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
          JsonNode form = JSON.readTree(in);
          forms.put(form.get("id").asText(), form);
        } catch (Exception e) {
          throw new AssertionError("Cannot read " + resource, e);
        }
      }
    }
    return forms;
  }
}
