package org.ohtpathway.safeguarding;

import org.camunda.bpm.engine.variable.VariableMap;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralLookup;
import org.springframework.stereotype.Component;

/**
 * Start form of {@code RaiseSafeguardingConcern}: those who work on a referral (its practitioner,
 * its trainer, coordinators, safeguarding leads) may raise a concern about it at any time.
 */
@Component
class RaiseConcernForm implements TaskForm {

  private final SafeguardingService safeguarding;
  private final ReferralLookup lookup;
  private final CaseAuthority authority;

  RaiseConcernForm(SafeguardingService safeguarding, ReferralLookup lookup, CaseAuthority authority) {
    this.safeguarding = safeguarding;
    this.lookup = lookup;
    this.authority = authority;
  }

  @Override
  public String formId() {
    return "safeguarding-concern";
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    Referral referral = lookup.named(in);
    if (referral != null) {
      authority.require(CaseAction.RAISE_SAFEGUARDING_CONCERN, referral);
    }
    referral = lookup.open(in, referral, PathwayModel.MESSAGE_SAFEGUARDING_CONCERN_RAISED);
    AtRisk atRisk = in.code("atRisk", "Who is at risk", AtRisk.class);
    Boolean immediateDanger = in.requiredYesNo("immediateDanger", "Is anyone in immediate danger?");
    String description = in.requiredText("concernDescription", "The concern", TextColumn.NOTE);
    in.requireValid();

    SafeguardingConcern concern = safeguarding.raise(referral.getId(), ConcernSource.RAISED_BY_STAFF,
        atRisk, immediateDanger, description, scope.actor());
    return PathwayVariables.SAFEGUARDING_CONCERN_ID.putIn(lookup.requestAbout(referral, scope), concern.getId());
  }
}
