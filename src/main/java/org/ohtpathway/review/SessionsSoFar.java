package org.ohtpathway.review;

import java.util.List;
import org.ohtpathway.config.PathwayProperties;
import org.ohtpathway.session.Attendance;

/**
 * What the rules after a support session read of a referral: how each session went, in order,
 * how many of them the last disengagement review dealt with, whether the latest asked for a
 * review, and how many sessions the plan (with any added at reviews) asks to be attended.
 * {@link ReviewService} builds it from the records; the capacity simulator from its own
 * sessions, so both follow one rule.
 */
public record SessionsSoFar(List<Attendance> attendances, int reviewedUpTo, boolean reviewAsked,
    int sessionsToAttend) {

  public SessionsSoFar {
    attendances = List.copyOf(attendances);
  }

  /**
   * A disengagement review after too many unacceptable absences in a row; a progress review
   * once the sessions to attend are attended, or when the Health Trainer asks for one; otherwise
   * the next session.
   */
  public NextStep nextStep(PathwayProperties rules) {
    if (unacceptableAbsencesInARow() >= rules.absencesBeforeDisengagementReview()) {
      return NextStep.DISENGAGEMENT_REVIEW;
    }
    long attended = attendances.stream().filter(Attendance::attended).count();
    return reviewAsked || attended >= sessionsToAttend ? NextStep.REVIEW : NextStep.NEXT_SESSION;
  }

  /** Whether the latest session makes the run of unacceptable absences the one the practitioner is told of. */
  public boolean absencesToReport(PathwayProperties rules) {
    return unacceptableAbsencesInARow() == rules.absencesBeforePractitionerTold();
  }

  /** Counted back from the latest session, since the last disengagement review; sessions that did not take place are passed over. */
  int unacceptableAbsencesInARow() {
    int inARow = 0;
    for (int i = attendances.size() - 1; i >= reviewedUpTo; i--) {
      Attendance attendance = attendances.get(i);
      if (!attendance.tookPlace()) {
        continue;
      }
      if (attendance != Attendance.DID_NOT_ATTEND_UNACCEPTABLE) {
        break;
      }
      inARow++;
    }
    return inARow;
  }
}
