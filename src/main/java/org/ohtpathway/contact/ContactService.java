package org.ohtpathway.contact;

import org.ohtpathway.form.ShownDates;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.progress.Milestone;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ohtpathway.config.PathwayProperties;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ContactService implements CaseStage {

  /** What first contact came to, as the process's gateway reads it, and how the referral ends when it ends there. */
  public enum Conclusion {
    APPOINTMENT_BOOKED(null), DECLINED(EndState.DECLINED), NOT_REACHED(null), UNABLE_TO_CONTACT(EndState.ENDED_EARLY);

    private final EndState endState;

    Conclusion(EndState endState) {
      this.endState = endState;
    }

    /** The end state of a referral whose first contact comes to this; empty while the pathway goes on. */
    public Optional<EndState> endState() {
      return Optional.ofNullable(endState);
    }
  }

  private final ContactAttemptRepository attempts;
  private final PathwayProperties properties;
  private final CaseProgress progress;

  ContactService(ContactAttemptRepository attempts, PathwayProperties properties, CaseProgress progress) {
    this.attempts = attempts;
    this.properties = properties;
    this.progress = progress;
  }

  public Conclusion record(Long referralId, LocalDate attemptedOn, ContactChannel channel,
      ContactOutcome outcome, LocalDate appointmentOn, String note, String trainer) {
    attempts.save(new ContactAttempt(referralId, attemptedOn, channel, outcome, appointmentOn, note,
        trainer, ServiceClock.now()));
    progress.reached(referralId, Milestone.FIRST_CONTACT_ATTEMPTED, attemptedOn, trainer);
    Conclusion conclusion = conclusion(referralId);
    switch (conclusion) {
      case APPOINTMENT_BOOKED -> progress.reached(referralId, Milestone.CONTACTED, attemptedOn, trainer);
      case DECLINED -> progress.reached(referralId, Milestone.DECLINED_AT_FIRST_CONTACT, attemptedOn, trainer);
      case UNABLE_TO_CONTACT -> progress.reached(referralId, Milestone.UNABLE_TO_CONTACT, attemptedOn, trainer);
      case NOT_REACHED -> { }
    }
    conclusion.endState().ifPresent(end -> progress.ended(referralId, end, attemptedOn));
    return conclusion;
  }

  /** Each attempt: when, how and what came of it; its note stays on the form it was written on. */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    List<ContactAttempt> made = attemptsFor(referralId);
    return java.util.stream.IntStream.range(0, made.size()).mapToObj(i -> {
      ContactAttempt attempt = made.get(i);
      TimelineEntry entry = TimelineEntry.of(attempt.getAttemptedOn(), attempt.getRecordedAt(),
          "Contact attempt " + (i + 1) + ": " + attempt.getChannel().label() + ", " + attempt.getOutcome().label(),
          attempt.getRecordedBy(), Audience.PROGRESS);
      return attempt.getAppointmentOn() == null ? entry
          : entry.withDetail("Appointment on " + ShownDates.day(attempt.getAppointmentOn()) + ".");
    }).toList();
  }

  @Override
  public void minimise(Long referralId) {
    attempts.findByReferralIdOrderByRecordedAtAsc(referralId).forEach(ContactAttempt::minimise);
  }

  @Transactional(readOnly = true)
  public List<ContactAttempt> attemptsFor(Long referralId) {
    return attempts.findByReferralIdOrderByRecordedAtAsc(referralId);
  }

  @Transactional(readOnly = true)
  public Conclusion conclusion(Long referralId) {
    return conclusion(attemptsFor(referralId).stream().map(ContactAttempt::getOutcome).toList());
  }

  /** What the attempts made so far, in any order, came to. */
  public Conclusion conclusion(List<ContactOutcome> made) {
    return conclusion(made, properties.maxContactAttempts());
  }

  /**
   * The rule of first contact: reached and booked, or declined, or not reached so far, until
   * {@code maxContactAttempts} attempts have failed. The capacity simulator's attempts come to
   * what this says too.
   */
  public static Conclusion conclusion(List<ContactOutcome> made, int maxContactAttempts) {
    if (made.contains(ContactOutcome.APPOINTMENT_BOOKED)) {
      return Conclusion.APPOINTMENT_BOOKED;
    }
    if (made.contains(ContactOutcome.DECLINED)) {
      return Conclusion.DECLINED;
    }
    return made.size() >= maxContactAttempts
        ? Conclusion.UNABLE_TO_CONTACT : Conclusion.NOT_REACHED;
  }

  public int maxAttempts() {
    return properties.maxContactAttempts();
  }
}
