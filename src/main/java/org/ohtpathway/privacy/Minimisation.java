package org.ohtpathway.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.ohtpathway.allocation.Allocation;
import org.ohtpathway.allocation.TriageService;
import org.ohtpathway.assessment.AssessmentService;
import org.ohtpathway.contact.ContactAttempt;
import org.ohtpathway.contact.ContactService;
import org.ohtpathway.eligibility.EligibilityService;
import org.ohtpathway.exit.ExitService;
import org.ohtpathway.outcome.EndState;
import org.ohtpathway.outcome.ReferralOutcomes;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.AgeBand;
import org.ohtpathway.referral.Person;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.review.ReviewService;
import org.ohtpathway.session.SessionService;
import org.ohtpathway.withdrawal.WithdrawalService;
import org.ohtpathway.signposting.SignpostingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes a referral's personal and health details from the domain records and from the
 * engine's variables and their history, keeping an anonymous record of how far it got.
 * Safeguarding concerns and what was done about them are kept: the duty to protect outlasts
 * consent (docs/security.md).
 */
@Service
@Transactional
public class Minimisation {

  /** Why a referral's details were removed. */
  public enum Why { CONSENT_WITHDRAWN, RETENTION_PERIOD_ENDED }

  /** Variables a still-running pathway needs to finish its safeguarding work. */
  private static final Set<String> STILL_NEEDED = Set.of(PathwayVariables.REFERRAL_ID.name(),
      PathwayVariables.REFERRAL_REFERENCE.name(), PathwayVariables.REFERRER_ID.name(),
      PathwayVariables.TRAINER_ID.name(), PathwayVariables.SAFEGUARDING_CONCERN_ID.name());

  private final AnonymousRecordRepository anonymousRecords;
  private final ReferralService referrals;
  private final EligibilityService eligibility;
  private final TriageService triage;
  private final ContactService contact;
  private final AssessmentService assessments;
  private final PlanService plans;
  private final SessionService sessions;
  private final SignpostingService signposting;
  private final ReviewService reviews;
  private final ExitService exits;
  private final WithdrawalService withdrawals;
  private final ReferralOutcomes outcomes;
  private final RuntimeService runtime;
  private final HistoryService history;

  Minimisation(AnonymousRecordRepository anonymousRecords, ReferralService referrals,
      EligibilityService eligibility, TriageService triage, ContactService contact, AssessmentService assessments,
      PlanService plans, SessionService sessions, SignpostingService signposting, ReviewService reviews,
      ExitService exits, WithdrawalService withdrawals, ReferralOutcomes outcomes, RuntimeService runtime,
      HistoryService history) {
    this.anonymousRecords = anonymousRecords;
    this.referrals = referrals;
    this.eligibility = eligibility;
    this.triage = triage;
    this.contact = contact;
    this.assessments = assessments;
    this.plans = plans;
    this.sessions = sessions;
    this.signposting = signposting;
    this.reviews = reviews;
    this.exits = exits;
    this.withdrawals = withdrawals;
    this.outcomes = outcomes;
    this.runtime = runtime;
    this.history = history;
  }

  public boolean isMinimised(Long referralId) {
    return anonymousRecords.existsById(referralId);
  }

  public void minimise(Long referralId, Why why) {
    if (isMinimised(referralId)) {
      return;
    }
    anonymousRecords.save(anonymousRecord(referralId, why));
    eligibility.minimise(referralId);
    triage.minimise(referralId);
    contact.minimise(referralId);
    assessments.minimise(referralId);
    plans.minimise(referralId);
    sessions.minimise(referralId);
    signposting.minimise(referralId);
    reviews.minimise(referralId);
    exits.minimise(referralId);
    withdrawals.minimise(referralId);
    String pathway = referrals.get(referralId).getProcessInstanceId();
    referrals.minimise(referralId);
    AsSystem.run(() -> minimiseEngineVariables(pathway));
  }

  private AnonymousRecord anonymousRecord(Long referralId, Why why) {
    Referral referral = referrals.get(referralId);
    Person person = referral.getPerson();
    LocalDate referredOn = LocalDate.ofInstant(referral.getRecordedAt(), ServiceClock.SERVICE_ZONE);
    List<Allocation> allocations = triage.allocationsOf(referralId);
    List<ContactAttempt> attempts = contact.attemptsFor(referralId);
    LocalDate allocatedOn = allocations.isEmpty() ? null
        : LocalDate.ofInstant(allocations.get(0).getRecordedAt(), ServiceClock.SERVICE_ZONE);
    LocalDate firstContactOn = attempts.isEmpty() ? null : attempts.get(0).getAttemptedOn();
    LocalDate assessedOn = assessments.assessmentOf(referralId).map(a -> a.getAssessedOn()).orElse(null);
    LocalDate planAgreedOn = plans.planFor(referralId).map(p -> p.getAgreedOn()).orElse(null);
    long attended = sessions.attendedCount(referralId);
    LocalDate exitedOn = exits.exitOf(referralId).map(e -> e.getExitedOn()).orElse(null);
    String stage = exitedOn != null ? "EXIT" : attended > 0 ? "SESSIONS" : planAgreedOn != null ? "PLAN"
        : assessedOn != null ? "ASSESSMENT" : firstContactOn != null ? "FIRST_CONTACT"
        : allocatedOn != null ? "ALLOCATION" : eligibility.decisionFor(referralId).isPresent() ? "ELIGIBILITY"
        : "REFERRAL";
    return new AnonymousRecord(referralId, referredOn, AgeBand.of(person.getDateOfBirth(), referredOn),
        person.getSex() == null ? null : person.getSex().name(), stage, allocatedOn, firstContactOn, assessedOn,
        planAgreedOn, attended, exitedOn, outcomes.endStateOf(referralId).map(EndState::name).orElse(null),
        why.name(), ServiceClock.now());
  }

  /**
   * The pathway's variables hold references and gateway values only, but whether a
   * safeguarding concern was found, or why the pathway went one way, still says something
   * about the person: all of it goes, from the running instance and from history.
   */
  private void minimiseEngineVariables(String pathwayInstanceId) {
    boolean running = runtime.createProcessInstanceQuery().processInstanceId(pathwayInstanceId).count() > 0;
    if (running) {
      List<String> names = runtime.getVariables(pathwayInstanceId).keySet().stream()
          .filter(name -> !STILL_NEEDED.contains(name)).toList();
      runtime.removeVariables(pathwayInstanceId, names);
    }
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(pathwayInstanceId).list()) {
      if (!running || !STILL_NEEDED.contains(variable.getName())) {
        history.deleteHistoricVariableInstance(variable.getId());
      }
    }
  }
}
