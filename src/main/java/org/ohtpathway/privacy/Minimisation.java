package org.ohtpathway.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.progress.ReachedMilestone;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.AgeBand;
import org.ohtpathway.referral.Person;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes a referral's personal and health details from every stage of the pathway (each
 * {@link CaseStage}) and from the engine's variables and their history, keeping an anonymous
 * record of how far it got, read from the case's progress. Safeguarding concerns and what was
 * done about them are kept: the duty to protect outlasts consent (docs/security.md).
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
  private final List<CaseStage> stages;
  private final CaseProgress progress;
  private final RuntimeService runtime;
  private final HistoryService history;

  Minimisation(AnonymousRecordRepository anonymousRecords, ReferralService referrals, List<CaseStage> stages,
      CaseProgress progress, RuntimeService runtime, HistoryService history) {
    this.anonymousRecords = anonymousRecords;
    this.referrals = referrals;
    this.stages = stages;
    this.progress = progress;
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
    stages.forEach(stage -> stage.minimise(referralId));
    String pathway = referrals.get(referralId).getProcessInstanceId();
    referrals.minimise(referralId);
    AsSystem.run(() -> minimiseEngineVariables(pathway));
  }

  private AnonymousRecord anonymousRecord(Long referralId, Why why) {
    Person person = referrals.get(referralId).getPerson();
    ReferralProgress progressOf = progress.get(referralId);
    Map<Milestone, ReachedMilestone> reached = progress.milestonesOf(referralId);
    return new AnonymousRecord(referralId, progressOf.getReceivedOn(),
        AgeBand.of(person.getDateOfBirth(), progressOf.getReceivedOn()),
        person.getSex() == null ? null : person.getSex().name(), progressOf.getStage().name(),
        on(reached, Milestone.ALLOCATED), on(reached, Milestone.FIRST_CONTACT_ATTEMPTED),
        on(reached, Milestone.ASSESSED), on(reached, Milestone.PLAN_AGREED), progressOf.getSessionsAttended(),
        on(reached, Milestone.EXITED), progressOf.getEndState() == null ? null : progressOf.getEndState().name(),
        why.name(), ServiceClock.now());
  }

  private static java.time.LocalDate on(Map<Milestone, ReachedMilestone> reached, Milestone milestone) {
    ReachedMilestone found = reached.get(milestone);
    return found == null ? null : found.getReachedOn();
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
