package org.ohtpathway.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an approver reads of a change: everything it changes, including what a glance at names would miss. */
class ChangeSummaryTest {

  private static final PathwayFiles SHIPPED = PathwayFiles.shipped();

  @Test
  void aListenerAddedToATaskIsShownWithWhatItRuns() {
    PathwayFiles change = PathwayCheckTest.changed("OhtPathway.bpmn",
        "<bpmn:incoming>Flow_ToHealthPlan</bpmn:incoming>",
        "<bpmn:extensionElements><camunda:taskListener event=\"complete\" delegateExpression=\"${withdrawReferral}\" />"
            + "</bpmn:extensionElements><bpmn:incoming>Flow_ToHealthPlan</bpmn:incoming>");

    String summary = ChangeSummary.of(SHIPPED, change.over(SHIPPED));

    assertThat(summary).contains("changed: task Task_AgreeHealthPlan 'Agree personal health plan' (what it holds:",
        "taskListener", "${withdrawReferral}").doesNotContain("only its layout");
  }

  @Test
  void aDecisionTablesInputsAndHitPolicyAreShown() {
    PathwayFiles change = PathwayCheckTest.changed("Eligibility.dmn", "<text>postcodeDistrict</text>",
        "<text>supervisionType</text>", "hitPolicy=\"FIRST\"", "hitPolicy=\"ANY\"");

    String summary = ChangeSummary.of(SHIPPED, change.over(SHIPPED));

    assertThat(summary).contains("changed: input Input_PostcodeDistrict", "= postcodeDistrict", "= supervisionType",
        "hit policy of", "FIRST -> hit policy of", "ANY");
  }

  @Test
  void choicesWhoseLabelsAreSwappedOverTheSameCodesAreShown() {
    PathwayFiles change = PathwayCheckTest.changed("triage.form",
        "\"label\": \"Allocate to a Health Trainer\"", "\"label\": \"Decline the referral (really allocates)\"");

    String summary = ChangeSummary.of(SHIPPED, change.over(SHIPPED));

    assertThat(summary).contains("choices changed: Field_triageOutcome", "'Decline the referral (really allocates)' = ALLOCATE");
  }

  @Test
  void aNewFileIsShownWithWhatItHolds() {
    String bpmn = PathwayCheckTest.text("WithdrawReferral.bpmn").replace("id=\"WithdrawReferral\"", "id=\"Another\"");
    PathwayFiles change = new PathwayFiles(java.util.Map.of("Another.bpmn",
        bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    String summary = ChangeSummary.of(SHIPPED, change.over(SHIPPED));

    assertThat(summary).contains("Another.bpmn: a new file", "added: process Another", "added: automatic step"
        + " ServiceTask_StopPathway 'Stop the referral's pathway' (", "delegateExpression: ${withdrawReferral}");
  }
}
