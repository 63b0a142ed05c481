package org.ohtpathway.change;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/** {@code Task_ReadWhyChangeNotApproved}: the designer reads why their change was not approved. */
@Component
class ChangeNotApprovedForm implements TaskForm {

  private final PathwayChanges changes;
  private final IdentityService identity;

  ChangeNotApprovedForm(PathwayChanges changes, IdentityService identity) {
    this.changes = changes;
    this.identity = identity;
  }

  @Override
  public String formId() {
    return "pathway-change-not-approved";
  }

  @Override
  public String workedBy() {
    return Groups.SERVICE_DESIGNERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    PathwayChange change = changes.byId(scope.get(PathwayVariables.PATHWAY_CHANGE_ID)).orElseThrow();
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("changeReference", change.reference());
    context.put("decidedBy", ApproveChangeForm.nameOf(identity, change.getDecidedBy()));
    context.put("changeDescription", change.getDescription());
    context.put("decisionReason", change.getDecisionReason());
    return context;
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    in.check(in.flag("acknowledged"), "I have read why", "tick the box to confirm you have read why.");
    in.requireValid();
    return Variables.createVariables();
  }
}
