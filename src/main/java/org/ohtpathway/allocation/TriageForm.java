package org.ohtpathway.allocation;

import org.ohtpathway.form.ShownDates;
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

/**
 * {@code Task_TriageAndAllocate}: the coordinator confirms priority and allocates a trainer, asks
 * the practitioner for more information, or declines the referral with a reason. Opened again
 * after an answer, the form shows every question asked so far and its answer.
 */
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
    List<TriageQuestion> asked = triage.questionsOf(scope.referralId());
    if (!asked.isEmpty()) {
      context.put("questionsAndAnswers", questionsAndAnswers(asked));
    }
    return context;
  }

  /** Each question and its answer, oldest first, as the form shows them. */
  static String questionsAndAnswers(List<TriageQuestion> asked) {
    StringBuilder text = new StringBuilder();
    for (TriageQuestion question : asked) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append("Asked by ").append(question.getRecordedBy()).append(" on ").append(ShownDates.day(question.getAskedOn()))
          .append(":\n").append(question.getQuestion() == null ? "(removed)" : question.getQuestion());
      if (question.isAnswered()) {
        text.append("\nAnswered by ").append(question.getAnsweredBy()).append(" on ")
            .append(ShownDates.day(question.getAnsweredOn())).append(":\n")
            .append(question.getAnswer() == null ? "(removed)" : question.getAnswer());
      }
    }
    return text.toString();
  }

  private List<User> trainers() {
    return AsSystem.call(() -> identity.createUserQuery().memberOfGroup(Groups.HEALTH_TRAINERS)
        .orderByUserFirstName().asc().list());
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    TriageOutcome outcome = in.code("triageOutcome", "Outcome of triage", TriageOutcome.class);
    in.requireValid();
    VariableMap variables = Variables.createVariables();
    PathwayVariables.TRIAGE_OUTCOME.putIn(variables, outcome.name());
    switch (outcome) {
      case ALLOCATE -> allocate(in, scope, variables);
      case ASK -> {
        String question = in.requiredText("question", "Question for the practitioner", TextColumn.NOTE);
        in.requireValid();
        triage.ask(scope.referralId(), question, scope.actor());
      }
      case DECLINE -> {
        DeclineReason reason = in.code("declineReason", "Why the referral is declined", DeclineReason.class);
        String detail = in.text("declineDetail", "The reason in your words", TextColumn.PARAGRAPH);
        if (reason == DeclineReason.OTHER) {
          in.check(detail != null, "The reason in your words", "say why the referral is declined.");
        }
        in.requireValid();
        triage.decline(scope.referralId(), reason, reason == DeclineReason.OTHER ? detail : null, scope.actor());
      }
    }
    return variables;
  }

  private void allocate(FormInput in, FormScope scope, VariableMap variables) {
    Priority priority = in.code("priority", "Priority", Priority.class);
    String trainerId = in.requiredText("trainerId", "Health Trainer", TextColumn.USER_ID);
    if (trainerId != null) {
      in.check(trainers().stream().anyMatch(user -> user.getId().equals(trainerId)),
          "Health Trainer", "choose a member of the Health Trainers group.");
    }
    String note = in.text("triageNote", "Note for the Health Trainer", TextColumn.NOTE);
    in.requireValid();

    triage.allocate(scope.referralId(), priority, trainerId, note, scope.actor());
    PathwayVariables.TRAINER_ID.putIn(variables, trainerId);
    PathwayVariables.PRIORITY.putIn(variables, priority.name());
    PathwayVariables.TASK_PRIORITY.putIn(variables, priority.taskPriority());
  }
}
