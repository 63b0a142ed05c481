package org.ohtpathway.appointment;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.referral.AmendmentService;
import org.ohtpathway.referral.ReferralField;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_CheckLoneWorkingAgain}: after an amendment of the risk to others or the
 * lone-working cautions, the booked visit to another venue meets the lone-working table again.
 * One it now refuses is cancelled; one that now needs a safety plan it lacks is flagged. Either
 * way the outcome is a line of the change log, and the Health Trainer's amendment email points
 * to it.
 */
@Component("checkLoneWorkingAgain")
class CheckLoneWorkingAgain implements JavaDelegate {

  private static final Set<ReferralField> INPUTS = EnumSet.of(ReferralField.RISK_TO_OTHERS,
      ReferralField.LONE_WORKING_CAUTIONS);

  private final AppointmentService appointments;
  private final LoneWorkingRule rule;
  private final ReferralService referrals;
  private final AmendmentService amendments;

  CheckLoneWorkingAgain(AppointmentService appointments, LoneWorkingRule rule, ReferralService referrals,
      AmendmentService amendments) {
    this.appointments = appointments;
    this.rule = rule;
    this.referrals = referrals;
    this.amendments = amendments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long referralId = PathwayVariables.REFERRAL_ID.requiredFrom(execution);
    if (java.util.Collections.disjoint(amendments.changedByLatestAmendment(referralId), INPUTS)) {
      return;
    }
    appointments.booked(referralId).filter(booked -> booked.getSlot().place() == Place.OTHER_VENUE)
        .ifPresent(booked -> {
          LoneWorkingRule.Decision decision = rule.decide(
              LoneWorkingRule.Facts.of(referrals.get(referralId), Place.OTHER_VENUE));
          String when = ShownDates.day(booked.getSlot().onDate());
          if (decision.requirement() == LoneWorkingRule.Requirement.REFUSED) {
            appointments.cancelBooked(referralId, "system");
            amendments.recordOutcome(referralId, ReferralField.LONE_WORKING, null, "the visit to another venue on "
                + when + " is cancelled: " + decision.reason() + " Book the appointment at a probation office,"
                + " by phone or video.");
          } else if (decision.requirement() == LoneWorkingRule.Requirement.SAFETY_PLAN
              && !booked.getSlot().hasSafetyPlan()) {
            amendments.recordOutcome(referralId, ReferralField.LONE_WORKING, null, "the visit to another venue on "
                + when + " now needs a safety plan: " + decision.reason() + " Reschedule it with one.");
          } else {
            amendments.recordOutcome(referralId, ReferralField.LONE_WORKING, null,
                "the visit to another venue on " + when + " still meets the rule");
          }
        });
  }
}
