package org.ohtpathway.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohtpathway.process.PathwayModel.TASK_AGREE_HEALTH_PLAN;
import static org.ohtpathway.process.PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_SUPPORT_SESSION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.caseview.CaseView;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.session.Attendance;
import org.ohtpathway.session.SessionService;
import org.ohtpathway.session.SupportSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Booking, rescheduling and attending appointments through the health plan and support session
 * forms, and the lone-working rule at the form; the engine clock is set to a known Friday.
 */
@PathwayTest
class AppointmentsTest {

  /** Friday 27 August 2027, 10:00 in London: the plan's appointment a week later is Friday 3 September. */
  static final LocalDateTime NOW = LocalDateTime.parse("2027-08-27T10:00");
  static final LocalDate IN_A_WEEK = LocalDate.parse("2027-09-03");

  @Autowired ProcessEngine engine;
  @Autowired AppointmentService appointments;
  @Autowired SessionService sessions;
  @Autowired ReferralService referrals;
  @Autowired CaseView caseView;
  @Autowired org.ohtpathway.casework.CaseActions caseActions;
  @Autowired org.ohtpathway.referral.AmendmentService amendments;

  Pathway pathway;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(london(NOW));
    pathway = new Pathway(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Date london(LocalDateTime time) {
    return Date.from(time.atZone(ServiceClock.SERVICE_ZONE).toInstant());
  }

  @Test
  void theHealthPlanBooksTheFirstAppointmentAndTheSessionTaskFallsDueOnItsDay() {
    ProcessInstance referral = pathway.referToSessions(2);
    Long referralId = pathway.referralId(referral);

    Appointment first = appointments.booked(referralId).orElseThrow();
    assertThat(first.getNumber()).isEqualTo(1);
    assertThat(first.getSlot()).isEqualTo(new Slot(IN_A_WEEK, LocalTime.of(14, 0), 45, Place.PROBATION_OFFICE,
        "rochdale", null, null, null));
    assertThat(first.getRecordedBy()).isEqualTo(DemoUsers.TRAINER);
    assertThat(pathway.task(referral, TASK_RECORD_SUPPORT_SESSION).getDueDate())
        .isEqualTo(london(IN_A_WEEK.atTime(17, 0)));
    assertThat(titles(referralId)).contains(
        "Appointment 1 booked for 3 Sep 2027, 14:00 to 14:45, Rochdale probation office");
  }

  @Test
  void theSessionFormShowsTheBookedAppointmentAndTheOffices() {
    ProcessInstance referral = pathway.referToSessions(2);
    var task = pathway.task(referral, TASK_RECORD_SUPPORT_SESSION);
    Map<String, Object> shown = pathway.as(DemoUsers.TRAINER, () -> pathway.formVariables(task));
    assertThat(String.valueOf(shown.get("bookedAppointment")))
        .isEqualTo("3 Sep 2027, 14:00 to 14:45, Rochdale probation office");
    assertThat(String.valueOf(shown.get("officeOptions"))).contains("rochdale").contains("Heywood probation office");
    assertThat(String.valueOf(shown.get("loneWorkingRule"))).contains("needs a safety plan")
        .contains("lone-working cautions");
  }

  @Test
  void reschedulingMovesTheBookedAppointmentAndKeepsWhoAskedWhyAndTheSlotItHad() {
    ProcessInstance referral = pathway.referToSessions(2);
    Long referralId = pathway.referralId(referral);
    Long booked = appointments.booked(referralId).orElseThrow().getId();

    Map<String, Object> rescheduled = Pathway.sessionForm("RESCHEDULED");
    rescheduled.put("appointmentDate", "2027-09-01");
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, rescheduled);

    Appointment moved = appointments.booked(referralId).orElseThrow();
    assertThat(moved.getId()).as("the same appointment, moved").isEqualTo(booked);
    assertThat(appointments.appointmentsOf(referralId)).hasSize(1);
    assertThat(moved.getSlot().onDate()).isEqualTo(LocalDate.parse("2027-09-01"));
    assertThat(moved.getSlot().startsAt()).isEqualTo(LocalTime.of(10, 30));
    List<Rescheduling> history = appointments.reschedulingsOf(moved);
    assertThat(history).singleElement().satisfies(move -> {
      assertThat(move.getAskedBy()).isEqualTo(RescheduledBy.PERSON);
      assertThat(move.getReason()).isEqualTo("Has a job interview that morning.");
      assertThat(move.getPrevious().onDate()).isEqualTo(IN_A_WEEK);
      assertThat(move.getPrevious().startsAt()).isEqualTo(LocalTime.of(14, 0));
      assertThat(move.getRecordedBy()).isEqualTo(DemoUsers.TRAINER);
      assertThat(move.getRecordedAt()).isEqualTo(london(NOW).toInstant());
    });
    SupportSession session = sessions.sessionsOf(referralId).get(0);
    assertThat(session.getAttendance()).isEqualTo(Attendance.RESCHEDULED);
    assertThat(session.getRescheduleReason()).as("kept with the appointment, not the session").isNull();
    assertThat(pathway.task(referral, TASK_RECORD_SUPPORT_SESSION).getDueDate())
        .isEqualTo(london(LocalDate.parse("2027-09-01").atTime(17, 0)));
    assertThat(timeline(referralId)).anySatisfy(entry -> {
      assertThat(entry.title()).isEqualTo("Appointment 1 moved from 3 Sep 2027, 14:00 to 14:45"
          + " to 1 Sep 2027, 10:30 to 11:15, Rochdale probation office");
      assertThat(entry.detail()).isEqualTo("Asked by the person: Has a job interview that morning.");
    });
  }

  @Test
  void recordingASessionMarksTheBookedAppointmentAttendedOrNotAndBooksTheNext() {
    ProcessInstance referral = pathway.referToSessions(3);
    Long referralId = pathway.referralId(referral);

    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER,
        Pathway.sessionForm("DID_NOT_ATTEND_UNACCEPTABLE"));

    List<Appointment> all = appointments.appointmentsOf(referralId);
    List<SupportSession> held = sessions.sessionsOf(referralId);
    assertThat(all).extracting(Appointment::getStatus).containsExactly(AppointmentStatus.ATTENDED,
        AppointmentStatus.NOT_ATTENDED, AppointmentStatus.BOOKED);
    assertThat(all.get(0).getSessionId()).isEqualTo(held.get(0).getId());
    assertThat(all.get(1).getSessionId()).isEqualTo(held.get(1).getId());
    assertThat(all.get(2).getSlot().onDate()).isEqualTo(IN_A_WEEK);
    assertThat(titles(referralId)).contains("Appointment 1: attended", "Appointment 2: not attended",
        "Appointment 3 booked for 3 Sep 2027, 14:00 to 14:45, Rochdale probation office");
  }

  @Test
  void aSessionThatBooksNoNextAppointmentLeavesNoneBooked() {
    ProcessInstance referral = pathway.referToSessions(3);
    Long referralId = pathway.referralId(referral);
    Map<String, Object> form = Pathway.sessionForm("ATTENDED");
    form.keySet().removeIf(key -> key.startsWith("appointment"));

    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, form);

    assertThat(appointments.booked(referralId)).isEmpty();
    assertThat(appointments.appointmentsOf(referralId)).extracting(Appointment::getStatus)
        .containsExactly(AppointmentStatus.ATTENDED);
  }

  @Test
  void aRescheduledSessionNeedsTheNewSlotAndWhoAsked() {
    ProcessInstance referral = pathway.referToSessions(2);
    Map<String, Object> form = Pathway.sessionForm("RESCHEDULED");
    form.keySet().removeIf(key -> key.startsWith("appointment") || key.equals("rescheduledBy"));

    assertThatThrownBy(() -> pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, form))
        .hasMessageContaining("Who asked to reschedule: is required.")
        .hasMessageContaining("Appointment date: is required.")
        .hasMessageContaining("Start time: is required.")
        .hasMessageContaining("Where: is required.");
  }

  @Test
  void anAppointmentCannotBeBookedInThePastOrAtAnOfficeNotListed() {
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));
    Map<String, Object> form = Pathway.planForm(2, 1);
    form.put("appointmentDate", "2027-08-26");
    form.put("appointmentOffice", "manchester");
    form.put("appointmentTime", "2pm");

    assertThatThrownBy(() -> pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, form))
        .hasMessageContaining("Appointment date: the first appointment cannot be before today")
        .hasMessageContaining("Probation office: must be one of the offices listed.")
        .hasMessageContaining("Start time: must be a time of day such as 14:30.");
  }

  @Test
  void anAppointmentCannotBeEarlierTodayNorAfterTheSupervisionEnds() {
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));
    Map<String, Object> form = Pathway.planForm(2, 1);
    form.put("appointmentDate", ServiceClock.today().toString());
    form.put("appointmentTime", "00:00");
    assertThatThrownBy(() -> pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, form))
        .hasMessageContaining("Start time: this time today has passed");

    form.put("appointmentDate", ServiceClock.today().plusYears(10).toString());
    form.put("appointmentTime", "14:00");
    assertThatThrownBy(() -> pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, form))
        .hasMessageContaining("Appointment date: must be before the person's supervision ends ("
            + org.ohtpathway.form.ShownDates.day(ServiceClock.today().plusYears(1)) + ")");
    assertThat(appointments.booked(pathway.referralId(referral))).isEmpty();
  }

  // Lone working ///////////////////////////////////////////////////////////

  static Map<String, Object> atAVenue(Map<String, Object> form) {
    form.put("appointmentPlace", "OTHER_VENUE");
    form.remove("appointmentOffice");
    form.put("appointmentVenue", "Community centre, 12 High Street, Rochdale");
    return form;
  }

  ProcessInstance atThePlan(Map<String, Object> referralForm) {
    ProcessInstance referral = pathway.refer(referralForm);
    pathway.submit(referral, org.ohtpathway.process.PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
        Pathway.triageForm(DemoUsers.TRAINER));
    pathway.submit(referral, org.ohtpathway.process.PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, DemoUsers.TRAINER,
        Pathway.contactForm("APPOINTMENT_BOOKED"));
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(false));
    return referral;
  }

  @Test
  void aVisitToAnotherVenueForAPersonWithLoneWorkingCautionsNeedsASafetyPlan() {
    ProcessInstance referral = atThePlan(Pathway.referralForm());
    Map<String, Object> form = atAVenue(Pathway.planForm(2, 1));

    assertThatThrownBy(() -> pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, form))
        .hasMessageContaining("Who knows where you are: a safety plan is needed for a visit to another venue"
            + " (The referral has lone-working cautions): say who knows where you are.")
        .hasMessageContaining("Check-in time: a safety plan is needed");

    form.put("safetyContact", "Rochdale office duty line");
    form.put("safetyCheckIn", "15:00");
    pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, form);
    Slot slot = appointments.booked(pathway.referralId(referral)).orElseThrow().getSlot();
    assertThat(slot.place()).isEqualTo(Place.OTHER_VENUE);
    assertThat(slot.venueAddress()).isEqualTo("Community centre, 12 High Street, Rochdale");
    assertThat(slot.safetyContact()).isEqualTo("Rochdale office duty line");
    assertThat(slot.checkInAt()).isEqualTo(LocalTime.of(15, 0));
  }

  @Test
  void aCheckInBeforeTheVisitStartsIsRefused() {
    ProcessInstance referral = atThePlan(Pathway.referralForm());
    Map<String, Object> form = atAVenue(Pathway.planForm(2, 1));
    form.put("safetyContact", "Rochdale office duty line");
    form.put("safetyCheckIn", "13:00");

    assertThatThrownBy(() -> pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, form))
        .hasMessageContaining("Check-in time: must be after the appointment starts.");
  }

  @Test
  void aVisitToAnotherVenueForAPersonOfVeryHighRiskToOthersIsRefusedWhateverThePlan() {
    Map<String, Object> referralForm = Pathway.referralForm();
    referralForm.put("riskToOthers", "VERY_HIGH");
    ProcessInstance referral = atThePlan(referralForm);
    Map<String, Object> form = atAVenue(Pathway.planForm(2, 1));
    form.put("safetyContact", "Rochdale office duty line");
    form.put("safetyCheckIn", "15:00");

    assertThatThrownBy(() -> pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, form))
        .hasMessageContaining("Where: a visit to another venue is not allowed for this person. The person is"
            + " assessed as very high risk to others: see them at a probation office, or by phone or video.");

    form.put("appointmentPlace", "VIDEO");
    pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, form);
    assertThat(appointments.booked(pathway.referralId(referral)).orElseThrow().getSlot().place()).isEqualTo(Place.VIDEO);
  }

  @Test
  void aVisitToAnotherVenueWithoutCautionsAtLowRiskNeedsNoSafetyPlan() {
    Map<String, Object> referralForm = Pathway.referralForm();
    referralForm.remove("loneWorkingCautions");
    ProcessInstance referral = atThePlan(referralForm);

    pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, atAVenue(Pathway.planForm(2, 1)));

    Slot slot = appointments.booked(pathway.referralId(referral)).orElseThrow().getSlot();
    assertThat(slot.place()).isEqualTo(Place.OTHER_VENUE);
    assertThat(slot.hasSafetyPlan()).isFalse();
  }

  @Test
  void aSessionSeenInPersonElsewhereMeetsTheLoneWorkingRuleAsAnAppointmentThereWould() {
    ProcessInstance atTheOffice = atThePlan(Pathway.referralForm());
    pathway.submit(atTheOffice, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, Pathway.planForm(2, 1));
    Map<String, Object> elsewhere = Pathway.sessionForm("ATTENDED");
    elsewhere.put("delivery", "IN_PERSON_ELSEWHERE");
    assertThatThrownBy(() -> pathway.submit(atTheOffice, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, elsewhere))
        .hasMessageContaining("How the session was delivered: The referral has lone-working cautions")
        .hasMessageContaining("reschedule this appointment to it");
    assertThat(sessions.sessionsOf(pathway.referralId(atTheOffice))).as("nothing recorded").isEmpty();

    ProcessInstance atAVenue = atThePlan(Pathway.referralForm());
    Map<String, Object> plan = atAVenue(Pathway.planForm(2, 1));
    plan.put("safetyContact", "Rochdale office duty line");
    plan.put("safetyCheckIn", "15:00");
    pathway.submit(atAVenue, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, plan);
    pathway.submit(atAVenue, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, elsewhere);
    assertThat(sessions.sessionsOf(pathway.referralId(atAVenue))).hasSize(1);
  }

  @Test
  void withdrawingTheReferralCancelsTheBookedAppointment() {
    ProcessInstance referral = atThePlan(Pathway.referralForm());
    pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, Pathway.planForm(2, 1));
    pathway.start(org.ohtpathway.process.PathwayModel.PROCESS_WITHDRAW_REFERRAL, DemoUsers.PRACTITIONER,
        Map.of("referralReference", referral.getBusinessKey(), "withdrawalReason", "MOVED_OUT_OF_AREA"));
    pathway.runJobs();
    assertThat(appointments.booked(pathway.referralId(referral))).isEmpty();
    assertThat(appointments.appointmentsOf(pathway.referralId(referral))).extracting(a -> a.getStatus())
        .containsExactly(org.ohtpathway.appointment.AppointmentStatus.CANCELLED);
  }

  void amend(ProcessInstance referral, Map<String, Object> values) {
    org.ohtpathway.referral.Referral found = referrals.findByReference(referral.getBusinessKey()).orElseThrow();
    org.ohtpathway.casework.CaseActionForm form = caseActions.find("amend").orElseThrow();
    Map<String, Object> filledIn = new java.util.HashMap<>();
    pathway.as(DemoUsers.COORDINATOR, () -> {
      form.fields(found).stream().filter(field -> field.value() != null)
          .forEach(field -> filledIn.put(field.key(), field.value()));
      return null;
    });
    filledIn.putAll(values);
    pathway.as(DemoUsers.COORDINATOR, () -> caseActions.take(form, found, filledIn, DemoUsers.COORDINATOR));
    pathway.runJobs();
  }

  String loneWorkingOutcome(ProcessInstance referral) {
    return amendments.changeLogOf(pathway.referralId(referral)).stream()
        .filter(change -> change.getField() == org.ohtpathway.referral.ReferralField.LONE_WORKING)
        .map(org.ohtpathway.referral.ReferralChange::getNewValue).reduce((a, b) -> b).orElse(null);
  }

  @Test
  void aRiseInRiskAfterBookingAVisitElsewhereCancelsOrFlagsItAsTheRuleNowSays() {
    Map<String, Object> noCautions = Pathway.referralForm();
    noCautions.remove("loneWorkingCautions");
    noCautions.put("riskToOthers", "LOW");
    ProcessInstance referral = atThePlan(noCautions);
    pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, atAVenue(Pathway.planForm(2, 1)));
    assertThat(appointments.booked(pathway.referralId(referral)).orElseThrow().getSlot().hasSafetyPlan()).isFalse();

    amend(referral, Map.of("riskToOthers", "HIGH", "reason", "New risk assessment."));
    assertThat(loneWorkingOutcome(referral)).contains("now needs a safety plan");
    assertThat(appointments.booked(pathway.referralId(referral))).as("flagged, still booked").isPresent();

    amend(referral, Map.of("riskToOthers", "VERY_HIGH", "reason", "Risk assessed again."));
    assertThat(loneWorkingOutcome(referral)).contains("is cancelled").contains("very high risk to others");
    assertThat(appointments.booked(pathway.referralId(referral))).isEmpty();
  }

  // The case ///////////////////////////////////////////////////////////////

  @Test
  void theCaseShowsTheNextAppointment() {
    ProcessInstance referral = pathway.referToSessions(2);
    var found = referrals.findByReference(referral.getBusinessKey()).orElseThrow();

    @SuppressWarnings("unchecked")
    Map<String, Object> next = (Map<String, Object>) pathway.as(DemoUsers.TRAINER, () -> caseView.of(found))
        .get("nextAppointment");
    assertThat(next).containsEntry("on", IN_A_WEEK).containsEntry("startsAt", "14:00")
        .containsEntry("when", "3 Sep 2027, 14:00 to 14:45")
        .containsEntry("where", "Rochdale probation office, Town Hall Square, Rochdale OL16 1AB");
  }

  @Test
  void minimisingKeepsTheDaysAndPlacesAndRemovesTheAddressesSafetyContactsAndReasons() {
    ProcessInstance referral = atThePlan(Pathway.referralForm());
    Map<String, Object> plan = atAVenue(Pathway.planForm(2, 1));
    plan.put("safetyContact", "Rochdale office duty line");
    plan.put("safetyCheckIn", "15:00");
    pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, plan);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("RESCHEDULED"));
    Long referralId = pathway.referralId(referral);

    appointments.minimise(referralId);

    Appointment appointment = appointments.appointmentsOf(referralId).get(0);
    Rescheduling move = appointments.reschedulingsOf(appointment).get(0);
    assertThat(move.getReason()).isNull();
    assertThat(move.getPrevious().venueAddress()).isNull();
    assertThat(move.getPrevious().safetyContact()).isNull();
    assertThat(move.getPrevious().place()).isEqualTo(Place.OTHER_VENUE);
    assertThat(move.getPrevious().onDate()).isEqualTo(IN_A_WEEK);
    assertThat(appointment.getSlot().onDate()).isEqualTo(LocalDate.parse("2027-08-29"));
    assertThat(timeline(referralId)).allSatisfy(entry -> assertThat(entry.title() + " " + entry.detail())
        .doesNotContain("High Street").doesNotContain("duty line").doesNotContain("job interview"));
  }

  List<TimelineEntry> timeline(Long referralId) {
    return appointments.timeline(referralId);
  }

  List<String> titles(Long referralId) {
    return timeline(referralId).stream().map(TimelineEntry::title).toList();
  }
}
