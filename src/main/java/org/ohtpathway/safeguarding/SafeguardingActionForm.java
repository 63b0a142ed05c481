package org.ohtpathway.safeguarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/** {@code Task_ActOnSafeguardingConcern}: the safeguarding lead records what was done. */
@Component
class SafeguardingActionForm implements TaskForm {

  private final SafeguardingService safeguarding;
  private final ReferralService referrals;

  SafeguardingActionForm(SafeguardingService safeguarding, ReferralService referrals) {
    this.safeguarding = safeguarding;
    this.referrals = referrals;
  }

  @Override
  public String formId() {
    return "safeguarding-action";
  }

  @Override
  public String workedBy() {
    return Groups.SAFEGUARDING_LEADS;
  }

  /** A later concern must not change which one this task is about. */
  @Override
  public Map<String, Object> references(FormScope scope) {
    Map<String, Object> references = new LinkedHashMap<>();
    references.put(PathwayVariables.SAFEGUARDING_CONCERN_ID.name(), scope.get(PathwayVariables.SAFEGUARDING_CONCERN_ID));
    return references;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Long concernId = scope.get(PathwayVariables.SAFEGUARDING_CONCERN_ID);
    SafeguardingConcern concern = safeguarding.concern(concernId);
    Map<String, Object> context = new LinkedHashMap<>(referrals.summary(scope.referralId()).asFormContext());
    context.put("concernRaisedBy", concern.getRecordedBy() + " on " + ShownDates.moment(concern.getRecordedAt()));
    context.put("concernSource", concern.getSource().label());
    context.put("concernAtRisk", concern.getAtRisk().label());
    context.put("concernImmediateDanger", concern.isImmediateDanger() ? "YES" : "No");
    context.put("concernDescription", concern.getDescription());
    return context;
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    SafeguardingActionTaken action = in.code("actionTaken", "Action taken", SafeguardingActionTaken.class);
    String details = in.requiredText("actionDetails", "What was done", TextColumn.NOTE);
    Boolean informed = in.requiredYesNo("practitionerInformed", "Probation practitioner informed?");
    LocalDate actionedOn = in.requiredDate("actionedOn", "Date actioned");
    if (actionedOn != null) {
      in.check(!actionedOn.isAfter(scope.today()), "Date actioned", "cannot be in the future.");
      Instant raised = safeguarding.concern(scope.get(PathwayVariables.SAFEGUARDING_CONCERN_ID)).getRecordedAt();
      in.check(!actionedOn.isBefore(LocalDate.ofInstant(raised, ServiceClock.SERVICE_ZONE)), "Date actioned",
          "cannot be before the concern was raised (" + ShownDates.moment(raised) + ").");
    }
    in.requireValid();

    safeguarding.act(scope.get(PathwayVariables.SAFEGUARDING_CONCERN_ID), action, details, informed,
        actionedOn, scope.actor());
    return Variables.createVariables();
  }
}
