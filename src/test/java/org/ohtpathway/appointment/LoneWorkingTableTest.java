package org.ohtpathway.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ohtpathway.process.DecisionTables;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.referral.RiskLevel;

/** Each rule of processes/LoneWorking.dmn, on Camunda's DMN engine, with the facts the application gives it. */
class LoneWorkingTableTest {

  static final DecisionTables TABLE = DecisionTables.load(PathwayModel.DECISION_LONE_WORKING);

  static DmnDecisionResultEntries decide(Place place, boolean cautions, RiskLevel riskToOthers) {
    return TABLE.evaluate(new LoneWorkingRule.Facts(place, cautions, riskToOthers).variables());
  }

  static String requirement(Place place, boolean cautions, RiskLevel riskToOthers) {
    return decide(place, cautions, riskToOthers).getEntry("requirement");
  }

  /** Rule_NotAway: whatever the risk, an office, a call or a video call needs nothing. */
  @ParameterizedTest
  @EnumSource(value = Place.class, names = {"PROBATION_OFFICE", "PHONE", "VIDEO"})
  void anOfficeAPhoneCallOrAVideoCallNeedsNoSafetyPlanWhateverTheRisk(Place place) {
    for (RiskLevel risk : RiskLevel.values()) {
      assertThat(requirement(place, true, risk)).as("%s, %s risk, cautions", place, risk).isEqualTo("NONE");
    }
    assertThat(requirement(place, false, null)).isEqualTo("NONE");
  }

  /** Rule_VeryHighRisk: refused, even with cautions and whatever plan the trainer offers. */
  @Test
  void anotherVenueIsRefusedForVeryHighRiskToOthers() {
    assertThat(requirement(Place.OTHER_VENUE, false, RiskLevel.VERY_HIGH)).isEqualTo("REFUSED");
    assertThat(requirement(Place.OTHER_VENUE, true, RiskLevel.VERY_HIGH)).isEqualTo("REFUSED");
    assertThat((String) decide(Place.OTHER_VENUE, false, RiskLevel.VERY_HIGH).getEntry("reason"))
        .contains("very high risk to others").contains("probation office");
  }

  /** Rule_HighRisk. */
  @Test
  void anotherVenueNeedsASafetyPlanForHighRiskToOthers() {
    assertThat(requirement(Place.OTHER_VENUE, false, RiskLevel.HIGH)).isEqualTo("SAFETY_PLAN");
    assertThat((String) decide(Place.OTHER_VENUE, false, RiskLevel.HIGH).getEntry("reason"))
        .contains("high risk to others");
  }

  /** Rule_RiskNotAssessed: an unknown risk is not taken as low, and nor is one no longer on the record. */
  @Test
  void anotherVenueNeedsASafetyPlanWhenTheRiskToOthersIsNotAssessed() {
    assertThat(requirement(Place.OTHER_VENUE, false, RiskLevel.NOT_ASSESSED)).isEqualTo("SAFETY_PLAN");
    assertThat(requirement(Place.OTHER_VENUE, false, null)).isEqualTo("SAFETY_PLAN");
  }

  /** Rule_Cautions: any lone-working caution on the referral, at low or medium risk. */
  @ParameterizedTest
  @EnumSource(value = RiskLevel.class, names = {"LOW", "MEDIUM"})
  void anotherVenueNeedsASafetyPlanWhenTheReferralHasLoneWorkingCautions(RiskLevel risk) {
    assertThat(requirement(Place.OTHER_VENUE, true, risk)).isEqualTo("SAFETY_PLAN");
    assertThat((String) decide(Place.OTHER_VENUE, true, risk).getEntry("reason")).contains("lone-working cautions");
  }

  /** Rule_Otherwise. */
  @ParameterizedTest
  @EnumSource(value = RiskLevel.class, names = {"LOW", "MEDIUM"})
  void anotherVenueNeedsNothingMoreWithoutCautionsAtLowOrMediumRisk(RiskLevel risk) {
    assertThat(requirement(Place.OTHER_VENUE, false, risk)).isEqualTo("NONE");
  }

  @Test
  void everyAnswerIsOneTheApplicationReadsAndHasAReason() {
    for (Place place : Place.values()) {
      for (RiskLevel risk : RiskLevel.values()) {
        for (boolean cautions : new boolean[] {true, false}) {
          DmnDecisionResultEntries result = decide(place, cautions, risk);
          assertThat(LoneWorkingRule.Requirement.valueOf(result.getEntry("requirement"))).isNotNull();
          assertThat((String) result.getEntry("reason")).isNotBlank();
        }
      }
    }
  }
}
