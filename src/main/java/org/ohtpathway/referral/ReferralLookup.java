package org.ohtpathway.referral;

import java.util.Optional;
import java.util.regex.Pattern;
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
 * pathway is still open to that event.
 */
@Component
public class ReferralLookup {

  static final Pattern REFERENCE = Pattern.compile("^OHT-[0-9]{4}-[0-9]{6}$");
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
    VariableMap variables = Variables.createVariables();
    PathwayVariables.REFERRAL_ID.putIn(variables, referral.getId());
    PathwayVariables.REFERRAL_REFERENCE.putIn(variables, referral.getReference());
    return variables;
  }

  public Referral openReferral(FormInput in, String messageName) {
    String reference = in.matching("referralReference", LABEL, REFERENCE,
        "a referral reference such as OHT-2026-000123");
    if (reference == null) {
      return null;
    }
    Optional<Referral> referral = referrals.findByReference(reference);
    if (referral.isEmpty()) {
      in.check(false, LABEL, "no referral has the reference " + reference + ".");
      return null;
    }
    boolean open = messages.canReceive(referral.get().getProcessInstanceId(), messageName);
    in.check(open, LABEL, reference + " is closed: its pathway has already ended.");
    return open ? referral.get() : null;
  }
}
