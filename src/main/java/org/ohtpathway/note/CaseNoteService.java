package org.ohtpathway.note;

import java.util.List;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case notes: added at any time by those {@code CaseAuthority} lets add them, read on the case's
 * timeline as notes (the health side) or, where shared, by the practitioner too.
 */
@Service
@Transactional
public class CaseNoteService implements CaseStage {

  static final String KIND = "kind";
  static final String NOTED_ON = "notedOn";
  static final String TEXT = "text";
  static final String SHARE = "shareWithPractitioner";

  static final String KIND_LABEL = "Kind of note";
  static final String NOTED_ON_LABEL = "Date";
  static final String TEXT_LABEL = "Note";
  static final String SHARE_LABEL = "Share with the practitioner";

  private final CaseNoteRepository notes;
  private final ReferralService referrals;

  CaseNoteService(CaseNoteRepository notes, ReferralService referrals) {
    this.notes = notes;
    this.referrals = referrals;
  }

  /**
   * Reads a note's form and records it, or refuses the whole form naming each field to correct.
   * A note is shared only where the person agreed to share their progress with probation.
   */
  public CaseNote add(Referral referral, FormInput in, String author) {
    CaseNoteKind kind = in.code(KIND, KIND_LABEL, CaseNoteKind.class);
    java.time.LocalDate on = in.requiredDate(NOTED_ON, NOTED_ON_LABEL);
    String text = in.requiredText(TEXT, TEXT_LABEL, TextColumn.NOTE);
    boolean share = in.checkbox(SHARE, SHARE_LABEL);
    in.check(on == null || !on.isAfter(ServiceClock.today()), NOTED_ON_LABEL, "cannot be in the future.");
    java.time.LocalDate referred = java.time.LocalDate.ofInstant(referral.getRecordedAt(), ServiceClock.SERVICE_ZONE);
    in.check(on == null || !on.isBefore(referred), NOTED_ON_LABEL,
        "cannot be before the referral was received (" + referred + ").");
    in.check(!share || referrals.consent(referral.getId()).isShareProgressWithProbation(), SHARE_LABEL,
        "the person did not agree to share their progress with probation, so this note cannot be shared.");
    in.requireValid();
    return notes.save(new CaseNote(referral.getId(), kind, on, text, share, author, ServiceClock.now()));
  }

  /** Notes are the health side's; a shared one the practitioner's too. */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    return notes.findByReferralIdOrderByNotedOnAscIdAsc(referralId).stream()
        .map(note -> TimelineEntry.of(note.getNotedOn(), note.getRecordedAt(), "Note: " + note.getKind().label()
                + (note.isSharedWithPractitioner() ? " (shared with the practitioner)" : ""), note.getRecordedBy(),
            note.isSharedWithPractitioner() ? Audience.SHARED_NOTE : Audience.NOTE)
            .withDetail(note.getText() == null ? "(text removed)" : note.getText()))
        .toList();
  }

  /** What was said may be about the person's health or circumstances: the text goes. */
  @Override
  public void minimise(Long referralId) {
    notes.findByReferralIdOrderByNotedOnAscIdAsc(referralId).forEach(CaseNote::minimise);
  }
}
