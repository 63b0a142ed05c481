package org.ohtpathway.allocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.FormValues;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/** {@code Task_TriageAndAllocate}: the coordinator confirms priority and allocates a trainer. */
@Component
class TriageForm implements TaskForm {

  private final TriageService triage;
  private final ReferralService referrals;
  private final CaseProgress progress;
  private final IdentityService identity;

  TriageForm(TriageService triage, ReferralService referrals, CaseProgress progress,
      IdentityService identity) {
    this.triage = triage;
    this.referrals = referrals;
    this.progress = progress;
    this.identity = identity;
  }

  @Override
  public String formId() {
    return "triage";
  }

  @Override
  public String workedBy() {
    return Groups.COORDINATORS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Map<String, Object> context = new LinkedHashMap<>(referrals.summary(scope.referralId()).asFormContext());
    triage.suggestionFor(scope.referralId()).ifPresent(suggestion -> {
      context.put("suggestedPriority", suggestion.getPriority().label());
      context.put("priorityReason", suggestion.getReason());
    });
    Map<String, String> trainers = new LinkedHashMap<>();
    List<User> all = trainers();
    Map<String, Long> caseloads = progress.openCasesOf(all.stream().map(User::getId).toList());
    for (User trainer : all) {
      long caseload = caseloads.get(trainer.getId());
      trainers.put(trainer.getId(), trainer.getFirstName() + " " + trainer.getLastName()
          + " (" + caseload + " open)");
    }
    context.put("trainerOptions", FormValues.options(trainers));
    return context;
  }

  private List<User> trainers() {
    return AsSystem.call(() -> identity.createUserQuery().memberOfGroup(Groups.HEALTH_TRAINERS)
        .orderByUserFirstName().asc().list());
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    Priority priority = in.code("priority", "Priority", Priority.class);
    String trainerId = in.requiredText("trainerId", "Health Trainer", TextColumn.USER_ID);
    if (trainerId != null) {
      in.check(trainers().stream().anyMatch(user -> user.getId().equals(trainerId)),
          "Health Trainer", "choose a member of the Health Trainers group.");
    }
    String note = in.text("triageNote", "Note for the Health Trainer", TextColumn.NOTE);
    in.requireValid();

    triage.allocate(scope.referralId(), priority, trainerId, note, scope.actor());
    VariableMap variables = Variables.createVariables();
    PathwayVariables.TRAINER_ID.putIn(variables, trainerId);
    PathwayVariables.PRIORITY.putIn(variables, priority.name());
    PathwayVariables.TASK_PRIORITY.putIn(variables, priority.taskPriority());
    return variables;
  }
}
