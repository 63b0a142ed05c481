package org.ohtpathway.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ohtpathway.process.DecisionTables;
import org.ohtpathway.process.PathwayModel;

/** Each rule of processes/Priority.dmn, on Camunda's DMN engine, with its edges. */
class PriorityTableTest {

  static final DecisionTables TABLE = DecisionTables.load(PathwayModel.DECISION_PRIORITY);

  /** Nothing that raises priority. */
  static VariableMap routine() {
    return Variables.createVariables()
        .putValue("releasingFromCustody", false)
        .putValue("daysUntilRelease", null)
        .putValue("registeredWithGp", "YES")
        .putValue("longTermCondition", false)
        .putValue("riskToSelf", "LOW")
        .putValue("numberOfNeeds", 2);
  }

  static String priority(VariableMap facts) {
    return TABLE.evaluate(facts).getEntry("priority");
  }

  @Test
  void aReferralWithNoPriorityFactorsIsRoutine() {
    assertThat(priority(routine())).isEqualTo("ROUTINE");
  }

  @Test
  void releaseFromCustodyIn28DaysIsHighAndIn29DaysIsNot() {
    assertThat(priority(routine().putValue("releasingFromCustody", true).putValue("daysUntilRelease", 28)))
        .isEqualTo("HIGH");
    assertThat(priority(routine().putValue("releasingFromCustody", true).putValue("daysUntilRelease", 29)))
        .isEqualTo("ROUTINE");
    assertThat(priority(routine().putValue("releasingFromCustody", true).putValue("daysUntilRelease", 0)))
        .isEqualTo("HIGH");
  }

  @Test
  void noGpWithALongTermConditionIsHigh() {
    assertThat(priority(routine().putValue("registeredWithGp", "NO").putValue("longTermCondition", true)))
        .isEqualTo("HIGH");
  }

  @Test
  void aLongTermConditionWithAGpIsRoutine() {
    assertThat(priority(routine().putValue("longTermCondition", true))).isEqualTo("ROUTINE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"HIGH", "VERY_HIGH"})
  void highRiskToSelfIsHigh(String risk) {
    assertThat(priority(routine().putValue("riskToSelf", risk))).isEqualTo("HIGH");
  }

  @Test
  void mediumRiskToSelfAloneIsRoutine() {
    assertThat(priority(routine().putValue("riskToSelf", "MEDIUM"))).isEqualTo("ROUTINE");
  }

  @Test
  void noGpWithoutALongTermConditionIsMedium() {
    assertThat(priority(routine().putValue("registeredWithGp", "NO"))).isEqualTo("MEDIUM");
  }

  @Test
  void threeNeedsAreMediumAndTwoAreRoutine() {
    assertThat(priority(routine().putValue("numberOfNeeds", 3))).isEqualTo("MEDIUM");
    assertThat(priority(routine().putValue("numberOfNeeds", 2))).isEqualTo("ROUTINE");
  }

  @Test
  void everyPriorityTheTableGivesIsOneTheCoordinatorCanChoose() {
    for (VariableMap facts : new VariableMap[] {routine(), routine().putValue("numberOfNeeds", 5),
        routine().putValue("riskToSelf", "HIGH")}) {
      assertThat(Priority.valueOf(priority(facts))).isNotNull();
      assertThat((String) TABLE.evaluate(facts).getEntry("reason")).isNotBlank();
    }
  }
}
