package org.ohtpathway.change;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.access.TaskRole;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApprovePathwayChange}: a service manager or administrator reads what the change
 * changes, the check's report, the simulator's comparison and what becomes of running
 * referrals, and approves it (choosing whether running referrals move) or says why not.
 */
@Component
class ApproveChangeForm implements TaskForm {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

  private final PathwayChanges changes;
  private final IdentityService identity;

  ApproveChangeForm(PathwayChanges changes, IdentityService identity) {
    this.changes = changes;
    this.identity = identity;
  }

  @Override
  public String formId() {
    return "approve-pathway-change";
  }

  @Override
  public String workedBy() {
    return TaskRole.CHANGE_APPROVERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    PathwayChange change = changes.byId(scope.get(PathwayVariables.PATHWAY_CHANGE_ID)).orElseThrow();
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("changeReference", change.reference());
    context.put("proposedBy", nameOf(identity, change.getRecordedBy()));
    context.put("proposedOn", SHOWN.format(change.getRecordedAt().atZone(ServiceClock.SERVICE_ZONE)));
    context.put("changeDescription", change.getDescription());
    context.put("changeSummary", change.getSummary());
    context.put("checkReport", change.getCheckReport());
    context.put("simulation", change.getSimulation() == null ? "The simulator has not finished yet." : change.getSimulation());
    context.put("migrationPlan", change.getMigrationPlan());
    return context;
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    ChangeDecision decision = in.code("changeDecision", "Your decision", ChangeDecision.class);
    MigrationChoice migration = decision == ChangeDecision.APPROVE
        ? in.code("migration", "Running referrals", MigrationChoice.class) : null;
    String reason = in.text("decisionReason", "Why", TextColumn.NOTE);
    in.check(decision != ChangeDecision.REJECT || (reason != null && !reason.isBlank()), "Why",
        "say why the change is not approved: the designer reads it to correct the change.");
    in.requireValid();
    List<Finding> findings = changes.decide(scope.get(PathwayVariables.PATHWAY_CHANGE_ID),
        decision == ChangeDecision.APPROVE, migration == MigrationChoice.ALL, reason);
    in.check(findings.isEmpty(), "Your decision", "the pathway has changed since this change was proposed, and the"
        + " check now finds: " + findings.stream().map(Finding::toString).limit(5).reduce((a, b) -> a + "; " + b)
            .orElse("") + ". Do not approve it: the designer proposes it again.");
    in.requireValid();
    return Variables.createVariables().putValue(PathwayVariables.CHANGE_APPROVED.name(),
        decision == ChangeDecision.APPROVE);
  }

  /** A colleague as staff know them: "Dee Dean (dee)". */
  static String nameOf(IdentityService identity, String userId) {
    if (userId == null) {
      return "";
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip() + " (" + userId + ")";
  }
}
