package org.ohtpathway.contact;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/** {@code Task_RecordContactAttempt}. */
@Component
class ContactAttemptForm implements TaskForm {

  private final ContactService contact;
  private final ReferralService referrals;
  private final CaseProgress progress;

  ContactAttemptForm(ContactService contact, ReferralService referrals, CaseProgress progress) {
    this.contact = contact;
    this.referrals = referrals;
    this.progress = progress;
  }

  @Override
  public String formId() {
    return "contact-attempt";
  }

  @Override
  public String workedBy() {
    return Groups.HEALTH_TRAINERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Map<String, Object> context = new LinkedHashMap<>(referrals.summary(scope.referralId()).asFormContext());
    List<ContactAttempt> made = contact.attemptsFor(scope.referralId());
    context.put("attemptNumber", "Attempt " + (made.size() + 1) + " of " + contact.maxAttempts());
    context.put("previousAttempts", made.isEmpty() ? "None yet" : made.stream()
        .map(a -> ShownDates.day(a.getAttemptedOn()) + " by " + a.getChannel().label() + ": " + a.getOutcome().label())
        .collect(Collectors.joining("; ")));
    return context;
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    LocalDate attemptedOn = in.requiredDate("attemptedOn", "Date of attempt");
    if (attemptedOn != null) {
      in.check(!attemptedOn.isAfter(scope.today()), "Date of attempt", "cannot be in the future.");
      progress.reachedOn(scope.referralId(), Milestone.ALLOCATED).ifPresent(allocated ->
          in.check(!attemptedOn.isBefore(allocated), "Date of attempt",
              "cannot be before the referral was allocated (" + ShownDates.day(allocated) + ")."));
    }
    ContactChannel channel = in.code("channel", "How you tried", ContactChannel.class);
    ContactOutcome outcome = in.code("attemptOutcome", "Outcome", ContactOutcome.class);
    LocalDate appointment = outcome == ContactOutcome.APPOINTMENT_BOOKED
        ? in.requiredDate("appointmentDate", "Date of first appointment") : null;
    if (appointment != null && attemptedOn != null) {
      in.check(!appointment.isBefore(attemptedOn), "Date of first appointment",
          "cannot be before the date of the attempt.");
    }
    String note = in.text("contactNote", "Note", TextColumn.NOTE);
    in.requireValid();

    ContactService.Conclusion conclusion = contact.record(scope.referralId(), attemptedOn, channel,
        outcome, appointment, note, scope.actor());
    return PathwayVariables.CONTACT_OUTCOME.putIn(Variables.createVariables(), conclusion.name());
  }
}
