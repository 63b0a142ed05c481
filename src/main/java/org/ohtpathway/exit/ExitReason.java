package org.ohtpathway.exit;

import static org.ohtpathway.exit.ExitReasonGroup.COMPLETED;
import static org.ohtpathway.exit.ExitReasonGroup.PERSON;
import static org.ohtpathway.exit.ExitReasonGroup.PROBLEM;
import static org.ohtpathway.exit.ExitReasonGroup.SENTENCE;

import org.ohtpathway.form.Coded;
import org.ohtpathway.progress.EndState;

/** Why a person left the pathway, coded in groups. */
public enum ExitReason implements Coded {
  GOALS_MET(COMPLETED, "Completed: goals met"),
  PLANNED_SESSIONS_DONE(COMPLETED, "Completed: planned sessions done"),
  NOT_ENGAGED(PERSON, "Person: not engaged"),
  DECLINED(PERSON, "Person: declined"),
  MOVED_OUT_OF_AREA(PERSON, "Person: moved out of area"),
  WORK_CARING_OR_ILLNESS(PERSON, "Person: work, caring or illness"),
  DIED(PERSON, "Person: died"),
  RECALLED_TO_CUSTODY(SENTENCE, "Sentence: recalled to custody"),
  SUPERVISION_ENDED(SENTENCE, "Sentence: supervision ended"),
  SENTENCE_REVOKED(SENTENCE, "Sentence: sentence revoked"),
  ACQUITTED_ON_APPEAL(SENTENCE, "Sentence: acquitted on appeal"),
  NOT_ELIGIBLE(PROBLEM, "Problem: not eligible"),
  DUPLICATE_OR_MISTAKEN(PROBLEM, "Problem: duplicate or mistaken"),
  OTHER(ExitReasonGroup.OTHER, "Other");

  private final ExitReasonGroup group;
  private final String label;

  ExitReason(ExitReasonGroup group, String label) {
    this.group = group;
    this.label = label;
  }

  @Override public String label() { return label; }

  public ExitReasonGroup group() {
    return group;
  }

  /** How a referral that exits for this reason ends: completed, or ended early. */
  public EndState endState() {
    return group == COMPLETED ? EndState.COMPLETED : EndState.ENDED_EARLY;
  }
}
