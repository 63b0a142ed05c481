package org.ohtpathway.appointment;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.DeployedDecisions;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.RiskLevel;
import org.springframework.stereotype.Component;

/**
 * Whether an appointment's place is safe for a Health Trainer working alone: the decision table
 * {@code processes/LoneWorking.dmn}, which a service designer changes in Camunda Modeler. It
 * answers that nothing is needed, that the Health Trainer must confirm a safety plan, or that
 * the visit is refused, each with a reason worded for staff.
 */
@Component
public class LoneWorkingRule {

  /** What the table decides. */
  public enum Requirement { NONE, SAFETY_PLAN, REFUSED }

  public record Decision(Requirement requirement, String reason) {
  }

  /** The table's outputs, each read below. */
  public static final String REQUIREMENT = "requirement";
  public static final String REASON = "reason";
  public static final java.util.Set<String> OUTPUTS = java.util.Set.of(REQUIREMENT, REASON);

  /**
   * The inputs of the table, declared once: the place of the appointment, whether the referral
   * names lone-working cautions, and the risk to others it records.
   */
  public record Facts(Place place, boolean loneWorkingCautions, RiskLevel riskToOthers) {

    public static Facts of(Referral referral, Place place) {
      String cautions = referral.getLoneWorkingCautions();
      return new Facts(place, cautions != null && !cautions.isBlank(), referral.getRiskToOthers());
    }

    public VariableMap variables() {
      return Variables.createVariables()
          .putValue("place", place.name())
          .putValue("loneWorkingCautions", loneWorkingCautions)
          .putValue("riskToOthers", riskToOthers == null ? null : riskToOthers.name());
    }
  }

  private final DecisionService decisions;
  private final RepositoryService repository;

  LoneWorkingRule(DecisionService decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  public Decision decide(Facts facts) {
    DmnDecisionResultEntries result = AsSystem.call(() -> DeployedDecisions.latest(repository, decisions,
        PathwayModel.DECISION_LONE_WORKING, facts.variables())).row();
    return new Decision(Requirement.valueOf(result.getEntry(REQUIREMENT)), result.getEntry(REASON));
  }
}
