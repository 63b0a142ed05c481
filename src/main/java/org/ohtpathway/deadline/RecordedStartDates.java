package org.ohtpathway.deadline;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.ohtpathway.appointment.AppointmentService;
import org.ohtpathway.allocation.TriageQuestion;
import org.ohtpathway.allocation.TriageService;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.session.SessionService;
import org.ohtpathway.signposting.SignpostingService;
import org.springframework.stereotype.Component;

/** The days deadlines count from, as the pathway's records hold them. */
@Component
class RecordedStartDates implements Deadlines.StartDates {

  private final ReferralService referrals;
  private final SessionService sessions;
  private final SignpostingService signposting;
  private final CaseProgress progress;
  private final AppointmentService appointments;
  private final TriageService triage;
  private final WorkingDayCalendar calendar;

  RecordedStartDates(ReferralService referrals, SessionService sessions, SignpostingService signposting,
      CaseProgress progress, AppointmentService appointments, TriageService triage, WorkingDayCalendar calendar) {
    this.progress = progress;
    this.appointments = appointments;
    this.triage = triage;
    this.calendar = calendar;
    this.referrals = referrals;
    this.sessions = sessions;
    this.signposting = signposting;
  }

  @Override
  public LocalDate referralReceived(VariableScope scope) {
    return LocalDate.ofInstant(referrals.get(PathwayVariables.REFERRAL_ID.requiredFrom(scope)).getRecordedAt(),
        ServiceClock.SERVICE_ZONE);
  }

  @Override
  public LocalDate allocated(VariableScope scope) {
    return progress.reachedOn(PathwayVariables.REFERRAL_ID.requiredFrom(scope), Milestone.ALLOCATED)
        .orElseGet(ServiceClock::today);
  }

  @Override
  public boolean firstContactAttempted(VariableScope scope) {
    return progress.reachedOn(PathwayVariables.REFERRAL_ID.requiredFrom(scope), Milestone.FIRST_CONTACT_ATTEMPTED)
        .isPresent();
  }

  /**
   * The day of the booked appointment; none booked, none (the step's default gap applies). A case
   * from before appointments were booked has the date its last session or its plan gave.
   */
  @Override
  public Optional<LocalDate> nextSession(VariableScope scope) {
    Long referralId = PathwayVariables.REFERRAL_ID.requiredFrom(scope);
    Optional<LocalDate> booked = appointments.booked(referralId).map(appointment -> appointment.getSlot().onDate());
    if (booked.isPresent() || !appointments.appointmentsOf(referralId).isEmpty()) {
      return booked;
    }
    return sessions.nextSessionDateBeforeAppointments(referralId);
  }

  /**
   * The referral came to triage the day it was found eligible; each question answered since
   * moves the day on by the working days it waited.
   */
  @Override
  public LocalDate triageOpened(VariableScope scope) {
    Long referralId = PathwayVariables.REFERRAL_ID.requiredFrom(scope);
    LocalDate start = progress.reachedOn(referralId, Milestone.ELIGIBLE).orElse(ServiceClock.today());
    for (TriageQuestion question : triage.questionsOf(referralId)) {
      if (question.isAnswered()) {
        start = calendar.pausedBetween(start, question.getAskedOn(), question.getAnsweredOn());
      }
    }
    return start;
  }

  @Override
  public LocalDate onwardReferralMade(VariableScope scope) {
    return signposting.onwardReferral(PathwayVariables.ONWARD_REFERRAL_ID.requiredFrom(scope)).getReferredOn();
  }
}
