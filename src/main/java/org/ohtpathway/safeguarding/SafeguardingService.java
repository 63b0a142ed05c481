package org.ohtpathway.safeguarding;

import java.time.LocalDate;
import java.util.List;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SafeguardingService {

  private final SafeguardingConcernRepository concerns;
  private final SafeguardingActionRepository actions;

  SafeguardingService(SafeguardingConcernRepository concerns, SafeguardingActionRepository actions) {
    this.concerns = concerns;
    this.actions = actions;
  }

  public SafeguardingConcern raise(Long referralId, ConcernSource source, AtRisk atRisk,
      boolean immediateDanger, String description, String raisedBy) {
    return concerns.save(new SafeguardingConcern(referralId, source, atRisk, immediateDanger,
        description, raisedBy, ServiceClock.now()));
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

  @Transactional(readOnly = true)
  public List<SafeguardingAction> actionsOn(Long concernId) {
    return actions.findByConcernId(concernId);
  }
}
