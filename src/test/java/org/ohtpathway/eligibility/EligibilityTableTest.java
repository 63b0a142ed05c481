package org.ohtpathway.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ohtpathway.process.DecisionTables;
import org.ohtpathway.process.PathwayModel;

/** Each rule of processes/Eligibility.dmn, on Camunda's DMN engine, with its edges. */
class EligibilityTableTest {

  static final DecisionTables TABLE = DecisionTables.load(PathwayModel.DECISION_ELIGIBILITY);

  static VariableMap eligiblePerson() {
    return Variables.createVariables()
        .putValue("age", 34)
        .putValue("supervisionType", "COMMUNITY_ORDER")
        .putValue("daysOfSupervisionLeft", 365)
        .putValue("consentGiven", true)
        .putValue("postcodeDistrict", "OL11")
        .putValue("mentalHealthCrisis", false);
  }

  static DmnDecisionResultEntries decide(VariableMap facts) {
    return TABLE.evaluate(facts);
  }

  static void assertEligible(VariableMap facts) {
    DmnDecisionResultEntries result = decide(facts);
    assertThat((Boolean) result.getEntry("eligible")).isTrue();
    assertThat(result.getEntryMap().get("reasonCode")).isNull();
  }

  static void assertNotEligible(VariableMap facts, String reason) {
    DmnDecisionResultEntries result = decide(facts);
    assertThat((Boolean) result.getEntry("eligible")).isFalse();
    assertThat((String) result.getEntry("reasonCode")).isEqualTo(reason);
  }

  @Test
  void anAdultUnderSupervisionWithConsentLivingInTheAreaIsEligible() {
    assertEligible(eligiblePerson());
  }

  @Test
  void aPersonOf17IsNotEligibleAndOf18Is() {
    assertNotEligible(eligiblePerson().putValue("age", 17), "UNDER_18");
    assertEligible(eligiblePerson().putValue("age", 18));
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMMUNITY_ORDER", "SUSPENDED_SENTENCE_ORDER", "LICENCE", "POST_SENTENCE_SUPERVISION"})
  void eachOfTheFourKindsOfSupervisionIsEligible(String supervisionType) {
    assertEligible(eligiblePerson().putValue("supervisionType", supervisionType));
  }

  @Test
  void aPersonNotUnderSupervisionIsNotEligible() {
    assertNotEligible(eligiblePerson().putValue("supervisionType", "NONE")
        .putValue("daysOfSupervisionLeft", null), "NOT_UNDER_SUPERVISION");
  }

  @Test
  void twentySevenDaysOfSupervisionLeftIsNotEnoughAndTwentyEightIs() {
    assertNotEligible(eligiblePerson().putValue("daysOfSupervisionLeft", 27), "NOT_ENOUGH_SUPERVISION_LEFT");
    assertEligible(eligiblePerson().putValue("daysOfSupervisionLeft", 28));
  }

  @Test
  void supervisionAlreadyEndedIsNotEnough() {
    assertNotEligible(eligiblePerson().putValue("daysOfSupervisionLeft", -3), "NOT_ENOUGH_SUPERVISION_LEFT");
  }

  @Test
  void withoutConsentAPersonIsNotEligible() {
    assertNotEligible(eligiblePerson().putValue("consentGiven", false), "NO_CONSENT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"OL10", "OL11", "OL12", "OL15", "OL16"})
  void eachPostcodeDistrictOfTheServiceAreaIsEligible(String district) {
    assertEligible(eligiblePerson().putValue("postcodeDistrict", district));
  }

  @ParameterizedTest
  @ValueSource(strings = {"OL13", "OL1", "M1", "BL9"})
  void postcodeDistrictsOutsideTheAreaAreNotEligible(String district) {
    assertNotEligible(eligiblePerson().putValue("postcodeDistrict", district), "OUTSIDE_SERVICE_AREA");
  }

  @Test
  void aPersonInMentalHealthCrisisIsRoutedToMentalHealthServices() {
    assertNotEligible(eligiblePerson().putValue("mentalHealthCrisis", true), "NEEDS_MENTAL_HEALTH_SERVICES");
  }

  @Test
  void theFirstRuleThatMatchesGivesTheReason() {
    assertNotEligible(eligiblePerson().putValue("age", 16).putValue("consentGiven", false), "UNDER_18");
  }

  @Test
  void everyReasonTheTableGivesHasALabelForStaff() {
    for (String code : new String[] {"UNDER_18", "NOT_UNDER_SUPERVISION", "NOT_ENOUGH_SUPERVISION_LEFT",
        "NO_CONSENT", "OUTSIDE_SERVICE_AREA", "NEEDS_MENTAL_HEALTH_SERVICES"}) {
      assertThat(IneligibilityReason.describe(code)).isNotEqualTo(code);
    }
  }
}
