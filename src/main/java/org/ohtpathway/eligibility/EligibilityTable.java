package org.ohtpathway.eligibility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.process.DeployedDecisions;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.referral.Consent;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.SupervisionType;

/**
 * The {@code Eligibility} decision table (processes/Eligibility.dmn) as the code sees it: its
 * inputs, declared once, and how it is asked (the latest version deployed). The service asks it
 * of referrals; the capacity simulator of the referrals it makes up.
 */
public final class EligibilityTable {

  /** The table's outputs, each read below. */
  public static final String ELIGIBLE = "eligible";
  public static final String REASON_CODE = "reasonCode";
  public static final java.util.Set<String> OUTPUTS = java.util.Set.of(ELIGIBLE, REASON_CODE);

  private EligibilityTable() {
  }

  /** The table's inputs. */
  public record Facts(int age, SupervisionType supervisionType, Integer daysOfSupervisionLeft, boolean consentGiven,
      String postcodeDistrict, boolean mentalHealthCrisis) {

    /** A referral's facts as of {@code today}. */
    static Facts of(Referral referral, Consent consent, LocalDate today) {
      LocalDate end = referral.getSupervisionEndDate();
      return new Facts(referral.getPerson().ageOn(today), referral.getSupervisionType(),
          end == null ? null : (int) ChronoUnit.DAYS.between(today, end), consent.isGiven(),
          referral.getPerson().getPostcodeDistrict(), referral.isMentalHealthCrisis());
    }

    VariableMap variables() {
      return Variables.createVariables()
          .putValue("age", age)
          .putValue("supervisionType", supervisionType.name())
          .putValue("daysOfSupervisionLeft", daysOfSupervisionLeft)
          .putValue("consentGiven", consentGiven)
          .putValue("postcodeDistrict", postcodeDistrict)
          .putValue("mentalHealthCrisis", mentalHealthCrisis);
    }
  }

  /** What the table said, and which version of it said so. */
  public record Outcome(boolean eligible, String reasonCode, String tableId) {

    /** A referral that is not eligible ends, declined; an eligible one goes on. */
    public Optional<EndState> endState() {
      return eligible ? Optional.empty() : Optional.of(EndState.DECLINED);
    }
  }

  /** Evaluates the latest version of the table on {@code facts}. */
  public static Outcome evaluate(RepositoryService repository, DecisionService decisions, Facts facts) {
    DeployedDecisions.Answer answer = DeployedDecisions.latest(repository, decisions, PathwayModel.DECISION_ELIGIBILITY,
        facts.variables());
    boolean eligible = Boolean.TRUE.equals(answer.row().getEntry(ELIGIBLE));
    return new Outcome(eligible, eligible ? null : answer.row().getEntry(REASON_CODE), answer.tableId());
  }
}
