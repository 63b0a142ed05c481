package org.ohtpathway.privacy;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Component;

/**
 * What {@code ServiceTask_ApplyRetention} of {@code ApplyRetention} does. A referral's details
 * go once it has been closed for the retention period; one whose history the engine has
 * already cleaned up is past it.
 */
@Component
public class Retention {

  private final RetentionProperties properties;
  private final ReferralService referrals;
  private final CaseProgress progress;
  private final Minimisation minimisation;
  private final HistoryService history;

  Retention(RetentionProperties properties, ReferralService referrals, CaseProgress progress,
      Minimisation minimisation, HistoryService history) {
    this.properties = properties;
    this.referrals = referrals;
    this.progress = progress;
    this.minimisation = minimisation;
    this.history = history;
  }

  /** Removes the details of every referral past its retention; returns how many. */
  public int apply() {
    Date cutoff = Date.from(ServiceClock.now().minus(Duration.ofDays(properties.days())));
    int removed = 0;
    for (Referral referral : referrals.referredBefore(cutoff.toInstant())) {
      if (minimisation.isMinimised(referral.getId()) || progress.isOpen(referral.getId())) {
        continue;
      }
      HistoricProcessInstance pathway = AsSystem.call(() -> history.createHistoricProcessInstanceQuery()
          .processInstanceId(referral.getProcessInstanceId()).singleResult());
      boolean past = pathway == null || (pathway.getEndTime() != null && pathway.getEndTime().before(cutoff));
      if (past) {
        minimisation.minimise(referral.getId(), Minimisation.Why.RETENTION_PERIOD_ENDED);
        removed++;
      }
    }
    return removed;
  }
}
