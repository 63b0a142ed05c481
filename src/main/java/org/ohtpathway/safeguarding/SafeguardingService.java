package org.ohtpathway.safeguarding;

import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SafeguardingService implements CaseStage {

  private final SafeguardingConcernRepository concerns;
  private final SafeguardingActionRepository actions;
  private final CaseProgress progress;

  SafeguardingService(SafeguardingConcernRepository concerns, SafeguardingActionRepository actions,
      CaseProgress progress) {
    this.progress = progress;
    this.concerns = concerns;
    this.actions = actions;
  }

  public SafeguardingConcern raise(Long referralId, ConcernSource source, AtRisk atRisk,
      boolean immediateDanger, String description, String raisedBy) {
    SafeguardingConcern concern = concerns.save(new SafeguardingConcern(referralId, source, atRisk, immediateDanger,
        description, raisedBy, ServiceClock.now()));
    progress.concernRaised(referralId);
    return concern;
  }

  @Transactional(readOnly = true)
  public SafeguardingConcern concern(Long concernId) {
    return concerns.findById(concernId)
        .orElseThrow(() -> new IllegalArgumentException("No safeguarding concern " + concernId));
  }

  @Transactional(readOnly = true)
  public List<SafeguardingConcern> concernsAbout(Long referralId) {
    return concerns.findByReferralIdOrderByRecordedAtAsc(referralId);
  }

  public SafeguardingAction act(Long concernId, SafeguardingActionTaken action, String details,
      boolean practitionerInformed, LocalDate actionedOn, String lead) {
    return actions.save(new SafeguardingAction(concernId, action, details, practitionerInformed,
        actionedOn, lead, ServiceClock.now()));
  }

  /**
   * Each concern and what the safeguarding lead did about it: the safeguarding record. The
   * actions on all of a referral's concerns are read in one query.
   */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    List<SafeguardingConcern> raised = concernsAbout(referralId);
    if (raised.isEmpty()) {
      return List.of();
    }
    List<TimelineEntry> entries = new java.util.ArrayList<>();
    raised.forEach(concern -> entries.add(TimelineEntry.of(
        LocalDate.ofInstant(concern.getRecordedAt(), ServiceClock.SERVICE_ZONE), concern.getRecordedAt(),
        "Safeguarding concern raised (" + concern.getSource().label() + "): " + concern.getAtRisk().label()
            + (concern.isImmediateDanger() ? ", in immediate danger" : ""), concern.getRecordedBy(),
        Audience.SAFEGUARDING).withDetail(concern.getDescription())));
    actions.findByConcernIdIn(raised.stream().map(SafeguardingConcern::getId).toList()).forEach(action ->
        entries.add(TimelineEntry.of(action.getActionedOn(), action.getRecordedAt(),
            "Safeguarding action: " + action.getAction().label()
                + (action.isPractitionerInformed() ? " (practitioner informed)" : ""), action.getRecordedBy(),
            Audience.SAFEGUARDING_ACTION).withDetail(action.getDetails())));
    return entries;
  }

  /** Concerns and what was done about them are kept: the duty to protect outlasts consent (docs/security.md). */
  @Override
  public void minimise(Long referralId) {
  }

  @Transactional(readOnly = true)
  public List<SafeguardingAction> actionsOn(Long concernId) {
    return actions.findByConcernId(concernId);
  }
}
