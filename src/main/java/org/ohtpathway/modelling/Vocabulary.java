package org.ohtpathway.modelling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ohtpathway.process.PathwayVariables;

/**
 * What an expression in a model may name: exactly what the shipped models in processes/ use.
 * A model runs with the engine's rights and, behind a timer, with no user at all; anything it
 * can name it can call. A new delegate or helper is added here in the same change that adds
 * it to a model, so a designer's model cannot reach more than the pathway's own code does.
 */
final class Vocabulary {

  /** Beans named alone as the delegate or listener of an element: ${notify}. */
  static final Set<String> DELEGATES = Set.of("alertSafeguardingLead", "applyRetention", "checkEligibility",
      "checkEligibilityAgain", "checkLoneWorkingAgain", "decideNextStep", "deployPathwayChange", "deriveEndState", "minimiseHealthData",
      "notify", "pauseDeadlines", "recordMigration", "simulatePathwayChange",
      "reallocateCase", "resumeDeadlines", "sendEmail", "stopProcessingWithoutConsent", "suggestPriority",
      "suggestPriorityAgain", "transferCase", "withdrawReferral");

  /**
   * Delegates of the approval of changes to the pathway (deploying, moving referrals): named
   * only by the application's own process for that, never by the pathway's models.
   */
  static final Set<String> CHANGE_DELEGATES = Set.of("deployPathwayChange", "recordMigration",
      "simulatePathwayChange");

  /** Beans whose listed methods an expression may call: ${deadlines.due(execution, 'allocation')}. */
  static final Map<String, Set<String>> FUNCTIONS = Map.of(
      "deadlines", Set.of("due", "reminder", "escalation", "opens", "firstAttemptMade"),
      "signpostingService", Set.of("onwardReferralsMadeAt"),
      "retentionSchedule", Set.of("cycle"),
      "caseHoldService", Set.of("lookAgainAt"),
      "reviewSchedule", Set.of("cycle", "stillOpen"),
      "notificationRetry", Set.of("cycle"));

  /** The engine's own object, only ever handed to one of the functions above, never opened. */
  static final String EXECUTION = "execution";

  /**
   * The pathway's own variables a model may write itself, and where: the event a notification
   * element sends (an input parameter) and the onward referral of each follow-up (a
   * multi-instance element variable). Any other write of a pathway variable by a model (a
   * mapping, a result, a call's in or out, a form field) could point a step at another
   * referral.
   */
  static final Map<String, String> VARIABLE_WRITES = Map.of(
      PathwayVariables.NOTIFICATION.name(), "inputParameter",
      PathwayVariables.ONWARD_REFERRAL_ID.name(), "elementVariable");

  /** Every bean an expression may resolve: the expression manager is given these and no other. */
  static final Set<String> BEANS = Stream.concat(DELEGATES.stream(), FUNCTIONS.keySet().stream())
      .collect(Collectors.toUnmodifiableSet());

  static boolean isVariable(String name) {
    return PathwayVariables.NAMES.contains(name);
  }

  /** The allow-list in words, for a designer who has just been refused. */
  static String described() {
    Map<String, String> functions = new LinkedHashMap<>();
    new TreeSet<>(FUNCTIONS.keySet()).forEach(bean -> functions.put(bean,
        new TreeSet<>(FUNCTIONS.get(bean)).stream().map(method -> bean + "." + method + "(...)")
            .collect(Collectors.joining(", "))));
    return "delegates " + String.join(", ", new TreeSet<>(DELEGATES)) + "; functions "
        + String.join(", ", functions.values()) + "; 'execution' as an argument of a function; and the "
        + "pathway's process variables " + String.join(", ", new TreeSet<>(PathwayVariables.NAMES));
  }

  private Vocabulary() {
  }
}
