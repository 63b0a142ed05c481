package org.ohtpathway.exit;

import java.util.Optional;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ExitService {

  private final ExitRepository exits;
  private final ExitSummaryRepository summaries;

  ExitService(ExitRepository exits, ExitSummaryRepository summaries) {
    this.exits = exits;
    this.summaries = summaries;
  }

  public Exit record(Long referralId, ExitRecord exit, String trainer) {
    return exits.save(new Exit(referralId, exit, trainer, ServiceClock.now()));
  }

  @Transactional(readOnly = true)
  public Optional<Exit> exitOf(Long referralId) {
    return exits.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }

  public void minimise(Long referralId) {
    exits.findByReferralId(referralId).forEach(Exit::minimise);
    summaries.deleteByReferralId(referralId);
  }

  public ExitSummary writeSummary(Long referralId, String summary, String trainer) {
    return summaries.save(new ExitSummary(referralId, summary, trainer, ServiceClock.now()));
  }

  @Transactional(readOnly = true)
  public Optional<ExitSummary> summaryOf(Long referralId) {
    return summaries.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }
}
