package org.ohtpathway.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check of a change to the pathway, on the shipped models and on changes broken on purpose. */
class PathwayCheckTest {

  private static final PathwayFiles SHIPPED = PathwayFiles.shipped();
  private final PathwayCheck check = new PathwayCheck(SHIPPED);

  @Test
  void theShippedModelsAndFormsHaveNoFinding() {
    assertThat(SHIPPED.names()).contains("OhtPathway.bpmn", "Eligibility.dmn", "triage.form").hasSize(29);
    assertThat(check.check(SHIPPED, SHIPPED)).isEmpty();
  }

  @Test
  void aScriptTaskIsOneFindingNamingIt() {
    List<Finding> findings = check.check(changed("OhtPathway.bpmn",
        "<bpmn:serviceTask id=\"ServiceTask_CheckEligibility\" name=\"Check eligibility\" camunda:asyncBefore=\"true\""
            + " camunda:delegateExpression=\"${checkEligibility}\">",
        "<bpmn:scriptTask id=\"ServiceTask_CheckEligibility\" name=\"Check eligibility\" scriptFormat=\"groovy\">",
        "</bpmn:serviceTask>\n      <bpmn:sequenceFlow id=\"Flow_ToEligible\"",
        "</bpmn:scriptTask>\n      <bpmn:sequenceFlow id=\"Flow_ToEligible\""), SHIPPED);
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.file()).isEqualTo("OhtPathway.bpmn");
      assertThat(finding.element()).isEqualTo("ServiceTask_CheckEligibility 'Check eligibility'");
      assertThat(finding.problem()).contains("script task runs a script on the server");
    });
  }

  @Test
  void aTaskWithoutAFormIsOneFindingNamingIt() {
    String file = text("OhtPathway.bpmn");
    String task = file.substring(file.indexOf("<bpmn:userTask id=\"Task_ScheduledReview\""));
    task = task.substring(0, task.indexOf('>') + 1);
    String withoutForm = task.replaceAll(" camunda:formRef=\"[^\"]*\"", "");
    assertThat(withoutForm).isNotEqualTo(task);
    List<Finding> findings = check.check(changed("OhtPathway.bpmn", task, withoutForm), SHIPPED);
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.element()).startsWith("Task_ScheduledReview '");
      assertThat(finding.problem()).startsWith("the task has no form");
    });
  }

  @Test
  void aRenamedFormFieldIsOneFindingNamingTheFieldAndTheKeyItReplaced() {
    List<Finding> findings = check.check(changed("triage.form", "\"key\": \"triageNote\"",
        "\"key\": \"triageComments\""), SHIPPED);
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.file()).isEqualTo("triage.form");
      assertThat(finding.problem()).contains("'triageComments'", "the server reads 'triageNote'");
    });
  }

  @Test
  void aDecisionTableWithAnUnknownInputIsOneFindingNamingTheInput() {
    List<Finding> findings = check.check(changed("Eligibility.dmn", "<text>age</text>", "<text>ageAtReferral</text>"),
        SHIPPED);
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.element()).isEqualTo("Input_Age 'Age (years)'");
      assertThat(finding.problem()).contains("'ageAtReferral'", "does not give the table Eligibility");
    });
  }

  @Test
  void aRemovedIdTheCodeNeedsIsOneFindingNamingIt() {
    List<Finding> findings = check.check(changedEverywhere("OhtPathway.bpmn", "EndEvent_Completed", "EndEvent_Done"),
        SHIPPED);
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.file()).isEqualTo("OhtPathway.bpmn");
      assertThat(finding.element()).isEqualTo("EndEvent_Completed");
      assertThat(finding.problem()).contains("END_COMPLETED");
    });
  }

  @Test
  void theDelegatesThatDeployAChangeAreRefusedInThePathwaysModels() {
    List<Finding> findings = check.check(changed("OhtPathway.bpmn", "camunda:delegateExpression=\"${checkEligibility}\"",
        "camunda:delegateExpression=\"${deployPathwayChange}\""), SHIPPED);
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.element()).isEqualTo("ServiceTask_CheckEligibility 'Check eligibility'");
      assertThat(finding.problem()).contains("only the approval of changes to the pathway deploys");
    });
  }

  @Test
  void aModelMadeForAnotherExecutionPlatformIsAFinding() {
    List<Finding> findings = check.check(changed("Priority.dmn", "modeler:executionPlatformVersion=\"7.24.0\"",
        "modeler:executionPlatformVersion=\"7.15.0\""), SHIPPED);
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.file()).isEqualTo("Priority.dmn");
      assertThat(finding.problem()).contains("made for Camunda Platform 7.15.0", "choose Camunda Platform 7.24");
    });
  }

  @Test
  void anIdTheCodeNeedsMovedToAnotherKindOfElementIsAFinding() {
    // The triage task renamed away, and its id kept on a note beside the diagram.
    String bpmn = text("OhtPathway.bpmn").replace("\"Task_TriageAndAllocate\"", "\"Task_Triage\"")
        .replace("</bpmn:process>", "<bpmn:textAnnotation id=\"Task_TriageAndAllocate\"><bpmn:text>kept</bpmn:text>"
            + "</bpmn:textAnnotation></bpmn:process>");
    List<Finding> findings = check.check(new PathwayFiles(Map.of("OhtPathway.bpmn",
        bpmn.getBytes(StandardCharsets.UTF_8))), SHIPPED);
    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.element()).isEqualTo("Task_TriageAndAllocate");
      assertThat(finding.problem()).contains("is now on a textAnnotation, where the application relies on a userTask");
    });
  }

  @Test
  void aFileThatIsNotUtf8OrDeclaresAnotherEncodingIsAFinding() {
    byte[] latin1 = text("Eligibility.dmn").replace("The service is for adults", "Caf\u00e9 rule")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(PathwayCheck.encoding("Eligibility.dmn", latin1)).get().extracting(Finding::problem).asString()
        .contains("not UTF-8");
    byte[] declared = text("Eligibility.dmn").replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(PathwayCheck.encoding("Eligibility.dmn", declared)).get().extracting(Finding::problem).asString()
        .contains("declares the encoding UTF-16");
    assertThat(PathwayCheck.encoding("Eligibility.dmn", SHIPPED.get("Eligibility.dmn"))).isEmpty();
  }

  @Test
  void aFormNoTaskShowsIsAFindingOnTheForm() {
    List<Finding> findings = check.check(changedEverywhere("OhtPathway.bpmn", "camunda:formRef=\"triage-question\"",
        "camunda:formRef=\"triage\""), SHIPPED);
    assertThat(findings).extracting(Finding::file).containsExactly("triage-question.form");
  }

  @Test
  void theCommandPrintsEachFindingByFileAndExitsWithOne(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("Eligibility.dmn"), text("Eligibility.dmn").replace("<text>age</text>",
        "<text>ageAtReferral</text>"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int exit = CheckPathwayCommand.run(new String[] {folder.toString(), "--no-simulation"},
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(1);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Checked 1 file", "1 finding:",
        "Eligibility.dmn\n  - Input_Age");
  }

  @Test
  void theCommandSaysWhenAFolderCannotBeRead(@TempDir Path folder) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int exit = CheckPathwayCommand.run(new String[] {folder.resolve("missing").toString()},
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(2);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("is not a folder");
  }

  static String text(String file) {
    return new String(SHIPPED.get(file), StandardCharsets.UTF_8);
  }

  /** The shipped file with each pair of texts replaced once; the text must be there. */
  static PathwayFiles changed(String file, String... replacements) {
    String content = text(file);
    for (int i = 0; i < replacements.length; i += 2) {
      assertThat(content).as("%s holds %s", file, replacements[i]).contains(replacements[i]);
      content = content.replace(replacements[i], replacements[i + 1]);
    }
    return new PathwayFiles(Map.of(file, content.getBytes(StandardCharsets.UTF_8)));
  }

  static PathwayFiles changedEverywhere(String file, String from, String to) {
    assertThat(text(file)).contains(from);
    return new PathwayFiles(Map.of(file, text(file).replace(from, to).getBytes(StandardCharsets.UTF_8)));
  }
}
