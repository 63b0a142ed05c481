package org.ohtpathway.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.form.FormValues;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Component;

/**
 * The appointment fields a form books with (the health plan the first appointment, a support
 * session the next, or the new slot of a rescheduled one): what they show when the form opens
 * and how they are read, with the lone-working rule applied to a visit away from a probation
 * office.
 */
@Component
public class AppointmentFields {

  public static final String DATE = "appointmentDate";
  public static final String TIME = "appointmentTime";
  public static final String LENGTH = "appointmentLength";
  public static final String PLACE = "appointmentPlace";
  public static final String OFFICE = "appointmentOffice";
  public static final String VENUE = "appointmentVenue";
  public static final String SAFETY_CONTACT = "safetyContact";
  public static final String CHECK_IN = "safetyCheckIn";

  static final String DATE_LABEL = "Appointment date";
  static final String TIME_LABEL = "Start time";
  static final String LENGTH_LABEL = "Length (minutes)";
  static final String PLACE_LABEL = "Where";
  static final String OFFICE_LABEL = "Probation office";
  static final String VENUE_LABEL = "Venue address";
  static final String SAFETY_CONTACT_LABEL = "Who knows where you are";
  static final String CHECK_IN_LABEL = "Check-in time";

  private final AppointmentProperties properties;
  private final LoneWorkingRule rule;
  private final ReferralService referrals;

  AppointmentFields(AppointmentProperties properties, LoneWorkingRule rule, ReferralService referrals) {
    this.properties = properties;
    this.rule = rule;
    this.referrals = referrals;
  }

  /**
   * The offices to choose from, the usual length, and what the lone-working rule says of a visit
   * to another venue for this person, computed when the form opens.
   */
  public Map<String, Object> context(Long referralId) {
    Map<String, Object> context = new LinkedHashMap<>();
    Map<String, String> offices = new LinkedHashMap<>();
    properties.offices().forEach(office -> offices.put(office.id(), office.name() + ", " + office.address()));
    context.put("officeOptions", FormValues.options(offices));
    context.put(LENGTH, properties.defaultLength());
    LoneWorkingRule.Decision away = rule.decide(LoneWorkingRule.Facts.of(referrals.get(referralId), Place.OTHER_VENUE));
    context.put("loneWorkingRule", switch (away.requirement()) {
      case NONE -> "Another venue needs no safety plan: " + away.reason() + ".";
      case SAFETY_PLAN -> "Another venue needs a safety plan: " + away.reason() + ".";
      case REFUSED -> "Another venue is not allowed: " + away.reason() + ".";
    });
    return context;
  }

  /** Whether the form names an appointment at all (a session need not book the next). */
  public boolean given(FormInput in) {
    return in.has(DATE) || in.has(TIME) || in.has(PLACE);
  }

  /**
   * The slot the form books, or null when a field has a problem (recorded on {@code in}, to be
   * refused with the others by {@link FormInput#requireValid()}).
   *
   * @param notBefore the first day it may be on (today, or the day the plan was agreed), or null
   */
  public Slot read(FormInput in, Long referralId, LocalDate notBefore, String notBeforeRule) {
    LocalDate date = in.requiredDate(DATE, DATE_LABEL);
    if (date != null && notBefore != null) {
      in.check(!date.isBefore(notBefore), DATE_LABEL, notBeforeRule);
    }
    if (date != null) {
      LocalDate supervisionEnds = referrals.get(referralId).getSupervisionEndDate();
      in.check(supervisionEnds == null || !date.isAfter(supervisionEnds), DATE_LABEL,
          "must be before the person's supervision ends (" + ShownDates.day(supervisionEnds) + ").");
    }
    LocalTime start = in.requiredTime(TIME, TIME_LABEL);
    if (date != null && start != null) {
      in.check(date.atTime(start).atZone(ServiceClock.SERVICE_ZONE).toInstant().isAfter(ServiceClock.now()),
          TIME_LABEL, "this time today has passed: book a time still to come.");
    }
    Integer length = in.requiredInteger(LENGTH, LENGTH_LABEL, 10, 240);
    Place place = in.code(PLACE, PLACE_LABEL, Place.class);
    String officeId = null;
    String venue = null;
    if (place == Place.PROBATION_OFFICE) {
      officeId = in.has(OFFICE) ? String.valueOf(in.submitted().get(OFFICE)).trim() : null;
      in.check(officeId != null, OFFICE_LABEL, "choose the probation office.");
      if (officeId != null) {
        in.check(properties.office(officeId).isPresent(), OFFICE_LABEL, "must be one of the offices listed.");
      }
    }
    if (place == Place.OTHER_VENUE) {
      venue = in.requiredText(VENUE, VENUE_LABEL, TextColumn.PARAGRAPH);
    }
    String contact = null;
    LocalTime checkIn = null;
    if (place == Place.OTHER_VENUE) {
      Referral referral = referrals.get(referralId);
      LoneWorkingRule.Decision decision = rule.decide(LoneWorkingRule.Facts.of(referral, place));
      contact = in.text(SAFETY_CONTACT, SAFETY_CONTACT_LABEL, TextColumn.LINE);
      checkIn = in.time(CHECK_IN, CHECK_IN_LABEL);
      switch (decision.requirement()) {
        case REFUSED -> in.check(false, PLACE_LABEL, "a visit to another venue is not allowed for this person. "
            + decision.reason() + ".");
        case SAFETY_PLAN -> {
          String needed = "a safety plan is needed for a visit to another venue (" + decision.reason() + "): ";
          in.check(contact != null, SAFETY_CONTACT_LABEL, needed + "say who knows where you are.");
          in.check(in.has(CHECK_IN), CHECK_IN_LABEL, needed + "say when you will check in with them.");
        }
        case NONE -> { }
      }
      if (checkIn != null && start != null) {
        in.check(!checkIn.isBefore(start), CHECK_IN_LABEL, "must be after the appointment starts.");
      }
    }
    if (date == null || start == null || length == null || place == null
        || place == Place.PROBATION_OFFICE && (officeId == null || properties.office(officeId).isEmpty())
        || place == Place.OTHER_VENUE && venue == null) {
      return null;
    }
    return new Slot(date, start, length, place, officeId, venue, contact, checkIn);
  }
}
