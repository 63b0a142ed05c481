package org.ohtpathway.referral;

import java.util.List;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.progress.Audience;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a case to another probation practitioner. The case's progress names the practitioner
 * who holds it now, which the authority and the pathway's emails read; the pathway then gives
 * that practitioner the open practitioner tasks ({@code ServiceTask_TransferCase}).
 */
@Service
@Transactional
public class TransferService implements CaseStage {

  private final PractitionerTransferRepository transfers;
  private final CaseProgress progress;

  TransferService(PractitionerTransferRepository transfers, CaseProgress progress) {
    this.transfers = transfers;
    this.progress = progress;
  }

  public PractitionerTransfer transfer(Long referralId, String toPractitionerId, String reason, String actor) {
    String from = progress.get(referralId).getPractitionerId();
    PractitionerTransfer transfer = transfers.save(new PractitionerTransfer(referralId, from, toPractitionerId,
        reason, actor, ServiceClock.now()));
    progress.transferred(referralId, toPractitionerId);
    return transfer;
  }

  @Transactional(readOnly = true)
  public List<PractitionerTransfer> transfersOf(Long referralId) {
    return transfers.findByReferralIdOrderByIdAsc(referralId);
  }

  /** Each transfer on the case's timeline; the reason for the health side only. */
  @Override
  public List<TimelineEntry> timeline(Long referralId) {
    List<TimelineEntry> entries = new java.util.ArrayList<>();
    for (PractitionerTransfer transfer : transfersOf(referralId)) {
      java.time.LocalDate on = java.time.LocalDate.ofInstant(transfer.getRecordedAt(), ServiceClock.SERVICE_ZONE);
      entries.add(TimelineEntry.of(on, transfer.getRecordedAt(), "Transferred from " + transfer.getFromPractitionerId()
          + " to " + transfer.getToPractitionerId(), transfer.getRecordedBy(), Audience.PROGRESS));
      if (transfer.getReason() != null) {
        entries.add(TimelineEntry.of(on, transfer.getRecordedAt(), "Why it was transferred", transfer.getRecordedBy(),
            Audience.NOTE).withDetail(transfer.getReason()));
      }
    }
    return entries;
  }

  @Override
  public void minimise(Long referralId) {
    transfers.findByReferralIdOrderByIdAsc(referralId).forEach(PractitionerTransfer::minimise);
  }
}
