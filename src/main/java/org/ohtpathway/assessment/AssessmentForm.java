package org.ohtpathway.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
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
import org.ohtpathway.referral.HealthNeed;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.safeguarding.AtRisk;
import org.ohtpathway.safeguarding.ConcernSource;
import org.ohtpathway.safeguarding.SafeguardingService;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/** {@code Task_AssessHealthAndWellbeing}. */
@Component
class AssessmentForm implements TaskForm {

  private final AssessmentService assessments;
  private final ReferralService referrals;
  private final SafeguardingService safeguarding;
  private final CaseProgress progress;

  AssessmentForm(AssessmentService assessments, ReferralService referrals,
      SafeguardingService safeguarding, CaseProgress progress) {
    this.assessments = assessments;
    this.referrals = referrals;
    this.safeguarding = safeguarding;
    this.progress = progress;
  }

  @Override
  public String formId() {
    return "assessment";
  }

  @Override
  public String workedBy() {
    return Groups.HEALTH_TRAINERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    return referrals.summary(scope.referralId()).asFormContext();
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    LocalDate assessedOn = in.requiredDate("assessedOn", "Date of assessment");
    if (assessedOn != null) {
      in.check(!assessedOn.isAfter(scope.today()), "Date of assessment", "cannot be in the future.");
      progress.reachedOn(scope.referralId(), Milestone.ALLOCATED).ifPresent(allocated ->
          in.check(!assessedOn.isBefore(allocated), "Date of assessment",
              "cannot be before the referral was allocated (" + ShownDates.day(allocated) + ")."));
    }
    Set<HealthNeed> topics = in.codes("topicsToWorkOn", "Topics the person wants to work on", HealthNeed.class);
    SmokingStatus smoking = in.code("smokingStatus", "Smoking status", SmokingStatus.class);
    Integer cigarettes = smoking == SmokingStatus.SMOKER
        ? in.integer("cigarettesPerDay", "Cigarettes a day", 0, 100) : null;
    Integer frequency = in.requiredInteger("auditCFrequency",
        "AUDIT-C question 1 (how often a drink containing alcohol)", 0, 4);
    Integer typical = in.requiredInteger("auditCTypicalAmount",
        "AUDIT-C question 2 (units on a typical drinking day)", 0, 4);
    Integer sixOrMore = in.requiredInteger("auditCSixOrMore",
        "AUDIT-C question 3 (how often six or more units on one occasion)", 0, 4);
    DrugUse drugs = in.code("drugUse", "Drug use", DrugUse.class);
    Integer portions = in.integer("fruitAndVegetablePortions", "Portions of fruit and vegetables a day", 0, 20);
    Integer activeDays = in.integer("activeDaysPerWeek", "Days a week active for 30 minutes or more", 0, 7);
    Swemwbs wellbeing = Swemwbs.read(in, "swemwbs");
    Boolean gp = in.requiredYesNo("gpRegistered", "Registered with a GP?");
    Boolean dentist = in.requiredYesNo("dentistRegistered", "Registered with a dentist?");
    ReadinessToChange readiness = in.code("readinessToChange", "Readiness to change", ReadinessToChange.class);
    Integer confidence = in.requiredInteger("confidenceToChange", "Confidence to change", 0, 10);
    Boolean concern = in.requiredYesNo("safeguardingConcern", "Is there a safeguarding concern?");
    AtRisk atRisk = null;
    Boolean immediateDanger = null;
    String concernDetails = null;
    if (Boolean.TRUE.equals(concern)) {
      atRisk = in.code("safeguardingAtRisk", "Who is at risk", AtRisk.class);
      immediateDanger = in.requiredYesNo("safeguardingImmediateDanger", "Is anyone in immediate danger?");
      concernDetails = in.requiredText("safeguardingDetails", "The safeguarding concern", TextColumn.NOTE);
    }
    String notes = in.text("assessmentNotes", "Notes", TextColumn.NOTE);
    in.requireValid();

    assessments.record(scope.referralId(), new AssessmentAnswers(assessedOn, topics, smoking,
        cigarettes, new AuditC(frequency, typical, sixOrMore), drugs, portions, activeDays, wellbeing,
        gp, dentist, readiness, confidence, concern, notes), scope.actor());
    VariableMap variables = Variables.createVariables();
    PathwayVariables.SAFEGUARDING_CONCERN_IDENTIFIED.putIn(variables, concern);
    if (concern) {
      Long concernId = safeguarding.raise(scope.referralId(), ConcernSource.ASSESSMENT, atRisk,
          immediateDanger, concernDetails, scope.actor()).getId();
      PathwayVariables.SAFEGUARDING_CONCERN_ID.putIn(variables, concernId);
    }
    return variables;
  }
}
