package org.ohtpathway.allocation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AnswerTriageQuestion}: the practitioner who holds the case reads the coordinator's
 * question and answers it; triage then opens again with the answer.
 */
@Component
class TriageQuestionForm implements TaskForm {

  private final TriageService triage;
  private final ReferralService referrals;

  TriageQuestionForm(TriageService triage, ReferralService referrals) {
    this.triage = triage;
    this.referrals = referrals;
  }

  @Override
  public String formId() {
    return "triage-question";
  }

  @Override
  public String workedBy() {
    return Groups.PROBATION_PRACTITIONERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Map<String, Object> context = new LinkedHashMap<>(referrals.summary(scope.referralId()).asFormContext());
    triage.openQuestion(scope.referralId()).ifPresent(question -> {
      context.put("triageQuestion", question.getQuestion());
      context.put("askedBy", question.getRecordedBy());
    });
    return context;
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    String answer = in.requiredText("triageAnswer", "Your answer", TextColumn.NOTE);
    in.requireValid();
    triage.answer(scope.referralId(), answer, scope.actor());
    return Variables.createVariables();
  }
}
