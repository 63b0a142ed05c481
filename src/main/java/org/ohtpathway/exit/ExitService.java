package org.ohtpathway.exit;

import java.time.LocalDate;
import java.util.List;
import org.ohtpathway.appointment.AppointmentService;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.CaseProgress;
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
  private final SupportEndingRepository endings;
  private final AppointmentService appointments;

  ExitService(ExitRepository exits, ExitSummaryRepository summaries, CaseProgress progress,
      SupportEndingRepository endings, AppointmentService appointments) {
    this.endings = endings;
    this.appointments = appointments;
    this.exits = exits;
    this.summaries = summaries;
    this.progress = progress;
  }

  public Exit record(Long referralId, ExitRecord exit, String trainer) {
    Exit recorded = exits.save(new Exit(referralId, exit, trainer, ServiceClock.now()));
    appointments.cancelBooked(referralId, trainer);
    progress.reached(referralId, Milestone.EXITED, recorded.getExitedOn(), trainer);
    progress.ended(referralId, recorded.getReason().endState(), recorded.getExitedOn());
    return recorded;
  }

  /** Support ends early (the case action): the pathway goes to the exit, which this suggests the reason of. */
  public SupportEnding endSupport(Long referralId, SupportEndingReason reason, String reasonOther, LocalDate endedOn,
      String actor) {
    appointments.cancelBooked(referralId, actor);
    return endings.save(new SupportEnding(referralId, reason, reasonOther, endedOn, actor, ServiceClock.now()));
  }

  @Transactional(readOnly = true)
  public Optional<SupportEnding> supportEndingOf(Long referralId) {
    return endings.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }

  @Transactional(readOnly = true)
  public Optional<Exit> exitOf(Long referralId) {
    return exits.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }

  /** Why support ended (its group), for everyone who follows the case; the exit's measures, for the health record. */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    List<TimelineEntry> entries = new java.util.ArrayList<>();
    supportEndingOf(referralId).ifPresent(ending -> entries.add(TimelineEntry.of(ending.getEndedOn(),
        ending.getRecordedAt(), "Support ended early: " + ending.getReason().label(), ending.getRecordedBy(),
        Audience.PROGRESS)));
    entries.addAll(exitOf(referralId).map(exit -> List.of(
        TimelineEntry.of(exit.getExitedOn(), exit.getRecordedAt(), "Exit: " + exit.getReason().group().label(),
            exit.getRecordedBy(), Audience.PROGRESS).withDetail(exit.getReason().label()),
        TimelineEntry.of(exit.getExitedOn(), exit.getRecordedAt(), "Exit measures", exit.getRecordedBy(),
            Audience.HEALTH).withDetail(exitMeasures(exit)))).orElse(List.of()));
    return entries;
  }

  private static String exitMeasures(Exit exit) {
    List<String> parts = new java.util.ArrayList<>();
    parts.add("Goals " + exit.getGoalAchievementScore() + " of " + exit.getGoalOutcomes().size());
    if (exit.getSwemwbs() != null) {
      parts.add("SWEMWBS " + exit.getSwemwbs().rawScore() + " of 35 (raw)");
    }
    if (exit.getConfidenceToChange() != null) {
      parts.add("confidence " + exit.getConfidenceToChange() + " of 10");
    }
    if (exit.getGpRegistered() != null) {
      parts.add("GP registered: " + (exit.getGpRegistered() ? "yes" : "no"));
    }
    if (exit.getDentistRegistered() != null) {
      parts.add("dentist registered: " + (exit.getDentistRegistered() ? "yes" : "no"));
    }
    if (exit.getSmokingStatus() != null) {
      parts.add("smoking: " + exit.getSmokingStatus().label());
    }
    if (!exit.getMeasuresNotCollected().isEmpty()) {
      parts.add("not collected: " + exit.getMeasuresNotCollected().stream().map(m -> m.label())
          .collect(java.util.stream.Collectors.joining(", "))
          + (exit.getNotCollectedReason() == null ? "" : " (" + exit.getNotCollectedReason().label() + ")"));
    }
    return String.join("; ", parts) + ".";
  }

  @Override
  public void minimise(Long referralId) {
    exits.findByReferralId(referralId).forEach(Exit::minimise);
    endings.findByReferralId(referralId).forEach(SupportEnding::minimise);
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
