package org.ohtpathway.exit;

import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.progress.Milestone;
import java.util.Optional;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ExitService implements CaseStage {

  private final ExitRepository exits;
  private final ExitSummaryRepository summaries;
  private final CaseProgress progress;

  ExitService(ExitRepository exits, ExitSummaryRepository summaries, CaseProgress progress) {
    this.exits = exits;
    this.summaries = summaries;
    this.progress = progress;
  }

  public Exit record(Long referralId, ExitRecord exit, String trainer) {
    Exit recorded = exits.save(new Exit(referralId, exit, trainer, ServiceClock.now()));
    progress.reached(referralId, Milestone.EXITED, recorded.getExitedOn(), trainer);
    progress.ended(referralId, recorded.getReason().group() == ExitReasonGroup.COMPLETED ? EndState.COMPLETED
        : EndState.ENDED_EARLY, recorded.getExitedOn());
    return recorded;
  }

  @Transactional(readOnly = true)
  public Optional<Exit> exitOf(Long referralId) {
    return exits.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }

  @Override
  public void minimise(Long referralId) {
    exits.findByReferralId(referralId).forEach(Exit::minimise);
    summaries.deleteByReferralId(referralId);
  }

  public ExitSummary writeSummary(Long referralId, String summary, String trainer) {
    ExitSummary written = summaries.save(new ExitSummary(referralId, summary, trainer, ServiceClock.now()));
    progress.reached(referralId, Milestone.EXIT_SUMMARY_WRITTEN, ServiceClock.today(), trainer);
    return written;
  }

  @Transactional(readOnly = true)
  public Optional<ExitSummary> summaryOf(Long referralId) {
    return summaries.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }
}
