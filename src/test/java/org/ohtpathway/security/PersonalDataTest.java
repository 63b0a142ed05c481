package org.ohtpathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.process.PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_CONTACT_ATTEMPT;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Names, health details and decision inputs stay in the domain tables: the engine's
 * variables and history hold only references and gateway values.
 */
@PathwayTest
class PersonalDataTest {

  @Autowired ProcessEngine engine;
  @Autowired HistoryService history;

  @Test
  void formValuesAreRecordedButNeverKeptAsProcessVariablesOrInHistory() {
    Pathway pathway = new Pathway(engine);
    Map<String, Object> referralForm = Pathway.referralForm();
    referralForm.put("familyName", "Unmistakablename");
    ProcessInstance referral = pathway.refer(referralForm);
    pathway.submit(referral, "Task_TriageAndAllocate", DemoUsers.COORDINATOR, Pathway.triageForm(DemoUsers.TRAINER));
    pathway.submit(referral, TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER, Pathway.contactForm("APPOINTMENT_BOOKED"));
    assertThat(pathway.formVariables(pathway.task(referral, TASK_ASSESS_HEALTH_AND_WELLBEING)))
        .containsEntry("personName", "Alex Unmistakablename");
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(true));

    assertThat(engine.getRuntimeService().getVariables(referral.getId()).keySet())
        .isSubsetOf(PathwayVariables.NAMES);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(referral.getId()).list())
        .isNotEmpty()
        .extracting(HistoricVariableInstance::getName)
        .allMatch(PathwayVariables.NAMES::contains);
    assertThat(history.createHistoricDetailQuery().processInstanceId(referral.getId()).list())
        .allSatisfy(detail -> assertThat(name(detail)).isIn(PathwayVariables.NAMES));
    assertThat(history.createHistoricVariableInstanceQuery().list())
        .noneMatch(variable -> String.valueOf(variable.getValue()).contains("Unmistakablename"));
    assertThat(history.createHistoricDecisionInstanceQuery().count()).isZero();
  }

  private static String name(HistoricDetail detail) {
    return detail instanceof HistoricVariableUpdate update ? update.getVariableName()
        : ((HistoricFormField) detail).getFieldId();
  }
}
