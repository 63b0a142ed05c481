package org.ohtpathway.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.appointment.AppointmentFields;
import org.ohtpathway.appointment.AppointmentService;
import org.ohtpathway.appointment.LoneWorkingRule;
import org.ohtpathway.appointment.Place;
import org.ohtpathway.appointment.RescheduledBy;
import org.ohtpathway.appointment.Slot;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.FormScope;
import org.ohtpathway.form.FormValues;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.plan.HealthPlan;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.signposting.KindOfHelp;
import org.ohtpathway.signposting.OnwardReferralDetails;
import org.ohtpathway.signposting.ServiceType;
import org.ohtpathway.signposting.SignpostingService;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordSupportSession}: one record per session, with any onward referrals made; it
 * closes the booked appointment (or moves it, when rescheduled) and may book the next.
 */
@Component
class SupportSessionForm implements TaskForm {

  private final SessionService sessions;
  private final PlanService plans;
  private final SignpostingService signposting;
  private final ReferralService referrals;
  private final AppointmentFields appointmentFields;
  private final AppointmentService appointments;

  private final LoneWorkingRule loneWorking;

  SupportSessionForm(SessionService sessions, PlanService plans, SignpostingService signposting,
      ReferralService referrals, AppointmentFields appointmentFields, AppointmentService appointments,
      LoneWorkingRule loneWorking) {
    this.loneWorking = loneWorking;
    this.appointmentFields = appointmentFields;
    this.appointments = appointments;
    this.sessions = sessions;
    this.plans = plans;
    this.signposting = signposting;
    this.referrals = referrals;
  }

  @Override
  public String formId() {
    return "support-session";
  }

  @Override
  public String workedBy() {
    return Groups.HEALTH_TRAINERS;
  }

  @Override
  public Map<String, Object> context(FormScope scope) {
    Long referralId = scope.referralId();
    Map<String, Object> context = new LinkedHashMap<>(referrals.summary(referralId).asFormContext());
    context.put("sessionNumber", "Session " + (sessions.sessionsOf(referralId).size() + 1));
    context.put("sessionsAttended", sessions.attendedCount(referralId) + " attended so far, "
        + plans.planFor(referralId).map(plan -> plan.getPlannedSessions() + " planned").orElse("no plan"));
    context.put("goalProgress", FormValues.json(plans.goalRows(referralId)));
    context.putAll(appointmentFields.context(referralId));
    context.put("bookedAppointment", appointments.booked(referralId)
        .map(booked -> AppointmentService.when(booked.getSlot()) + ", " + appointments.where(booked.getSlot()))
        .orElse("None booked"));
    return context;
  }

  /**
   * A session in person away from a probation office meets the lone-working rule as an
   * appointment there would: fine if it was booked at another venue (its safety plan confirmed
   * then) or if the rule asks nothing for this person; otherwise refused, to be booked there first.
   */
  private void seenElsewhere(FormInput in, Long referralId) {
    boolean bookedElsewhere = appointments.booked(referralId)
        .map(booked -> booked.getSlot().place() == Place.OTHER_VENUE).orElse(false);
    if (bookedElsewhere) {
      return;
    }
    LoneWorkingRule.Decision rule = loneWorking.decide(
        LoneWorkingRule.Facts.of(referrals.get(referralId), Place.OTHER_VENUE));
    in.check(rule.requirement() == LoneWorkingRule.Requirement.NONE, "How the session was delivered",
        rule.reason() + " Seeing the person in person away from a probation office needs the appointment booked"
            + " at that venue, with its safety plan, first: reschedule this appointment to it.");
  }

  @Override
  public VariableMap submit(FormInput in, FormScope scope) {
    Long referralId = scope.referralId();
    LocalDate date = in.requiredDate("sessionDate", "Date of the session");
    if (date != null) {
      in.check(!date.isAfter(scope.today()), "Date of the session", "cannot be in the future.");
      plans.planFor(referralId).map(HealthPlan::getAgreedOn).ifPresent(agreed ->
          in.check(!date.isBefore(agreed), "Date of the session",
              "cannot be before the plan was agreed (" + ShownDates.day(agreed) + ")."));
    }
    Attendance attendance = in.code("attendance", "Attendance", Attendance.class);
    Delivery delivery = attendance != null && attendance.attended()
        ? in.code("delivery", "How the session was delivered", Delivery.class)
        : in.optionalCode("delivery", "How the session was delivered", Delivery.class);
    if (delivery == Delivery.IN_PERSON_ELSEWHERE) {
      seenElsewhere(in, referralId);
    }
    String notHappened = attendance == Attendance.DID_NOT_HAPPEN
        ? in.requiredText("notHappenedReason", "Why the session did not happen", TextColumn.PARAGRAPH) : null;
    boolean rescheduled = attendance == Attendance.RESCHEDULED;
    RescheduledBy rescheduledBy = rescheduled
        ? in.code("rescheduledBy", "Who asked to reschedule", RescheduledBy.class) : null;
    String rescheduleReason = rescheduled
        ? in.requiredText("rescheduleReason", "Why it was rescheduled", TextColumn.PARAGRAPH) : null;
    List<GoalProgress> progress = new ArrayList<>();
    for (FormInput row : in.rows("goalProgress", "Goal")) {
      Integer goal = row.requiredInteger("goalNumber", "number", 1, 99);
      GoalProgressLevel level = row.optionalCode("progress", "progress", GoalProgressLevel.class);
      String note = row.text("progressNote", "progress note", TextColumn.PARAGRAPH);
      if (goal != null && (level != null || note != null)) {
        progress.add(new GoalProgress(goal, level, note));
      }
    }
    List<OnwardReferralDetails> onward = readOnwardReferrals(in, date, scope.today());
    if (onward.stream().anyMatch(o -> o.kindOfHelp() != KindOfHelp.SIGNPOSTED)) {
      in.check(referrals.consent(referralId).isReferOnToServices(), "Onward referrals",
          "the person has not consented to being referred on to other services. Record it as"
              + " signposting, or record their consent first.");
    }
    String notes = in.text("sessionNotes", "Session notes", TextColumn.NOTE);
    // Rescheduled, the fields are the booked appointment's new slot; otherwise the next appointment, if booked now.
    Slot slot = null;
    if (rescheduled || appointmentFields.given(in)) {
      LocalDate notBefore = date == null || date.isBefore(scope.today()) ? scope.today() : date.plusDays(1);
      slot = appointmentFields.read(in, referralId, notBefore, rescheduled
          ? "the new appointment cannot be before today." : "the next appointment must be after this session.");
    }
    boolean reviewRequested = in.flag("reviewRequested");
    in.requireValid();

    NextAppointment next = rescheduled ? new NextAppointment(slot, rescheduledBy, rescheduleReason)
        : slot == null ? NextAppointment.none() : NextAppointment.booking(slot);
    SupportSession session = sessions.record(referralId, new SessionRecord(date, delivery, attendance,
        notHappened, progress, notes, reviewRequested), next, scope.actor());
    signposting.record(referralId, session.getId(), onward, scope.actor());
    VariableMap variables = Variables.createVariables();
    PathwayVariables.LAST_SESSION_ID.putIn(variables, session.getId());
    PathwayVariables.ONWARD_REFERRALS_MADE.putIn(variables, !onward.isEmpty());
    return variables;
  }

  private static List<OnwardReferralDetails> readOnwardReferrals(FormInput in, LocalDate sessionDate,
      LocalDate today) {
    List<OnwardReferralDetails> onward = new ArrayList<>();
    for (FormInput row : in.rows("onwardReferrals", "Onward referral")) {
      ServiceType type = row.code("serviceType", "type of service", ServiceType.class);
      String name = row.requiredText("serviceName", "service", TextColumn.LINE);
      KindOfHelp kind = row.code("kindOfHelp", "kind of help", KindOfHelp.class);
      LocalDate on = row.date("referredOn", "date");
      if (on != null && sessionDate != null) {
        row.check(!on.isBefore(sessionDate), "date", "cannot be before the session that made it ("
            + ShownDates.day(sessionDate) + ").");
      }
      if (on != null) {
        row.check(!on.isAfter(today), "date", "cannot be in the future.");
      }
      onward.add(new OnwardReferralDetails(type, name, kind, on == null ? sessionDate : on));
    }
    return onward;
  }
}
