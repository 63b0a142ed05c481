package org.ohtpathway.allocation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.process.DeployedDecisions;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.referral.HealthNeed;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.RiskLevel;
import org.ohtpathway.referral.YesNoNotKnown;

/**
 * The {@code Priority} decision table (processes/Priority.dmn) as the code sees it: its inputs,
 * declared once, and how it is asked (the latest version deployed). The service asks it of
 * referrals; the capacity simulator of the referrals it makes up.
 */
public final class PriorityTable {

  /** The table's outputs, each read below. */
  public static final String PRIORITY = "priority";
  public static final String REASON = "reason";
  public static final java.util.Set<String> OUTPUTS = java.util.Set.of(PRIORITY, REASON);

  private PriorityTable() {
  }

  /** The table's inputs. */
  public record Facts(boolean releasingFromCustody, Integer daysUntilRelease, YesNoNotKnown registeredWithGp,
      boolean longTermCondition, RiskLevel riskToSelf, int numberOfNeeds) {

    /** A referral's facts as of {@code today}. */
    static Facts of(Referral referral, LocalDate today) {
      LocalDate release = referral.getReleaseDate();
      return new Facts(release != null, release == null ? null : (int) ChronoUnit.DAYS.between(today, release),
          referral.getRegisteredWithGp(), referral.getPresentingNeeds().contains(HealthNeed.LONG_TERM_CONDITION),
          referral.getRiskToSelf(), referral.getPresentingNeeds().size());
    }

    VariableMap variables() {
      return Variables.createVariables()
          .putValue("releasingFromCustody", releasingFromCustody)
          .putValue("daysUntilRelease", daysUntilRelease)
          .putValue("registeredWithGp", registeredWithGp.name())
          .putValue("longTermCondition", longTermCondition)
          .putValue("riskToSelf", riskToSelf.name())
          .putValue("numberOfNeeds", numberOfNeeds);
    }
  }

  /** What the table suggested, why, and which version of it did. */
  public record Suggestion(Priority priority, String reason, String tableId) {
  }

  /** Evaluates the latest version of the table on {@code facts}. */
  public static Suggestion evaluate(RepositoryService repository, DecisionService decisions, Facts facts) {
    DeployedDecisions.Answer answer = DeployedDecisions.latest(repository, decisions, PathwayModel.DECISION_PRIORITY,
        facts.variables());
    return new Suggestion(Priority.valueOf(answer.row().getEntry(PRIORITY)), answer.row().getEntry(REASON),
        answer.tableId());
  }
}
