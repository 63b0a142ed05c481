package org.ohtpathway.referral;

import java.util.Optional;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.PathwayMessages;
import org.springframework.stereotype.Component;

/**
 * Reads the "Referral reference" field of the forms that act on an existing referral
 * (withdrawal, consent withdrawal, safeguarding concern), and checks that the referral's
 * pathway is still open to that event. Between the two, the form asks the case authority
 * whether the user may act on that referral at all, so that nothing of a stranger's referral
 * is told.
 */
@Component
public class ReferralLookup {

  private static final String LABEL = "Referral reference";

  private final ReferralService referrals;
  private final PathwayMessages messages;

  ReferralLookup(ReferralService referrals, PathwayMessages messages) {
    this.referrals = referrals;
    this.messages = messages;
  }

  /**
   * Names the request's process instance after the referral, and returns the variables that
   * tie the request to it.
   */
  public VariableMap requestAbout(Referral referral, FormScope scope) {
    scope.setBusinessKey(referral.getReference());
    return variablesAbout(referral);
  }

  /** The variables that tie a request (withdrawal, concern, ...) to its referral. */
  public static VariableMap variablesAbout(Referral referral) {
    VariableMap variables = Variables.createVariables();
    PathwayVariables.REFERRAL_ID.putIn(variables, referral.getId());
    PathwayVariables.REFERRAL_REFERENCE.putIn(variables, referral.getReference());
    return variables;
  }

  /** The referral the form names, or null (with the field's problem) if it names none. */
  public Referral named(FormInput in) {
    String reference = in.matching("referralReference", LABEL, Referral.REFERENCE,
        "a referral reference such as OHT-2026-000123");
    if (reference == null) {
      return null;
    }
    Optional<Referral> referral = referrals.findByReference(reference);
    in.check(referral.isPresent(), LABEL, "no referral has the reference " + reference + ".");
    return referral.orElse(null);
  }

  /** The referral, if its pathway can still receive the event; null (with a problem) if not. */
  public Referral open(FormInput in, Referral referral, String messageName) {
    if (referral == null) {
      return null;
    }
    boolean open = messages.canReceive(referral.getProcessInstanceId(), messageName);
    in.check(open, LABEL, referral.getReference() + " is closed: its pathway has already ended.");
    return open ? referral : null;
  }
}
