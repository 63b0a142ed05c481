package org.ohtpathway.process;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every process variable of the pathway. They hold references and the few values gateways
 * need: never names, health or offence details, which live in the domain tables.
 */
public final class PathwayVariables {

  public static final ProcessVariable<Long> REFERRAL_ID = ProcessVariable.of("referralId", Long.class);
  public static final ProcessVariable<String> REFERRAL_REFERENCE =
      ProcessVariable.of("referralReference", String.class);
  public static final ProcessVariable<String> REFERRER_ID = ProcessVariable.of("referrerId", String.class);
  public static final ProcessVariable<Boolean> ELIGIBLE = ProcessVariable.of("eligible", Boolean.class);
  public static final ProcessVariable<String> PRIORITY = ProcessVariable.of("priority", String.class);
  public static final ProcessVariable<Integer> TASK_PRIORITY =
      ProcessVariable.of("taskPriority", Integer.class);
  public static final ProcessVariable<String> TRAINER_ID = ProcessVariable.of("trainerId", String.class);
  /** What triage decided: a {@code TriageOutcome}. */
  public static final ProcessVariable<String> TRIAGE_OUTCOME = ProcessVariable.of("triageOutcome", String.class);
  public static final ProcessVariable<String> CONTACT_OUTCOME =
      ProcessVariable.of("contactOutcome", String.class);
  public static final ProcessVariable<Boolean> SAFEGUARDING_CONCERN_IDENTIFIED =
      ProcessVariable.of("safeguardingConcernIdentified", Boolean.class);
  public static final ProcessVariable<Long> SAFEGUARDING_CONCERN_ID =
      ProcessVariable.of("safeguardingConcernId", Long.class);
  public static final ProcessVariable<Long> LAST_SESSION_ID = ProcessVariable.of("lastSessionId", Long.class);
  public static final ProcessVariable<Boolean> ONWARD_REFERRALS_MADE =
      ProcessVariable.of("onwardReferralsMade", Boolean.class);
  public static final ProcessVariable<String> SESSION_OUTCOME =
      ProcessVariable.of("sessionOutcome", String.class);
  public static final ProcessVariable<Long> ONWARD_REFERRAL_ID =
      ProcessVariable.of("onwardReferralId", Long.class);
  public static final ProcessVariable<String> REVIEW_DECISION =
      ProcessVariable.of("reviewDecision", String.class);
  public static final ProcessVariable<String> DISENGAGEMENT_DECISION =
      ProcessVariable.of("disengagementDecision", String.class);
  public static final ProcessVariable<String> END_STATE = ProcessVariable.of("endState", String.class);
  public static final ProcessVariable<Boolean> TELL_PRACTITIONER_OF_ABSENCES =
      ProcessVariable.of("tellPractitionerOfAbsences", Boolean.class);
  /** The event a notification element of the BPMN sends (its input parameter). */
  public static final ProcessVariable<String> NOTIFICATION = ProcessVariable.of("notification", String.class);
  public static final ProcessVariable<Long> NOTIFICATION_ID = ProcessVariable.of("notificationId", Long.class);


  // A change to the pathway (ApprovePathwayChange): the change, who proposed it, what was decided.
  public static final ProcessVariable<Long> PATHWAY_CHANGE_ID = ProcessVariable.of("pathwayChangeId", Long.class);
  public static final ProcessVariable<String> PROPOSER_ID = ProcessVariable.of("proposerId", String.class);
  public static final ProcessVariable<Boolean> CHANGE_APPROVED = ProcessVariable.of("changeApproved", Boolean.class);
  /** Whether an approved change was deployed (not when the pathway had changed since it was proposed). */
  public static final ProcessVariable<Boolean> CHANGE_DEPLOYED = ProcessVariable.of("changeDeployed", Boolean.class);
  /** Whether every referral chosen to move to the new version has moved, or failed to. */
  public static final ProcessVariable<Boolean> MIGRATION_DONE = ProcessVariable.of("migrationDone", Boolean.class);

  public static final List<ProcessVariable<?>> ALL = List.of(REFERRAL_ID, REFERRAL_REFERENCE,
      REFERRER_ID, ELIGIBLE, PRIORITY, TASK_PRIORITY, TRAINER_ID, TRIAGE_OUTCOME, CONTACT_OUTCOME,
      SAFEGUARDING_CONCERN_IDENTIFIED, SAFEGUARDING_CONCERN_ID, LAST_SESSION_ID,
      ONWARD_REFERRALS_MADE, SESSION_OUTCOME, ONWARD_REFERRAL_ID, REVIEW_DECISION,
      DISENGAGEMENT_DECISION, END_STATE, TELL_PRACTITIONER_OF_ABSENCES, NOTIFICATION, NOTIFICATION_ID,
      PATHWAY_CHANGE_ID, PROPOSER_ID, CHANGE_APPROVED, CHANGE_DEPLOYED, MIGRATION_DONE);

  /** Variables the engine itself keeps for multi-instance activities. */
  private static final Set<String> ENGINE_VARIABLES =
      Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");

  /** The variable names that may be kept in the engine's history. */
  public static final Set<String> NAMES = Stream.concat(
      ALL.stream().map(ProcessVariable::name), ENGINE_VARIABLES.stream())
      .collect(Collectors.toUnmodifiableSet());

  /** Why a caller may not set one of these variables: the one sentence for every refusal. */
  public static String ownedByThePathway(String name) {
    return "The variable '" + name + "' belongs to the pathway: only its forms and steps set it.";
  }

  private PathwayVariables() {
  }
}
