package org.ohtpathway.capacity;

import java.time.LocalDate;
import java.util.Random;
import org.ohtpathway.capacity.Scenario.Path;
import org.ohtpathway.progress.EndState;

/** One referral of a simulation: the way it will go, drawn when it arrives, and how far it got. */
final class SimulatedReferral {

  final long id;
  final LocalDate received;
  final Path path;
  /** Contact attempts that fail before the person is reached (or all of them, for UNABLE_TO_CONTACT). */
  final int failedAttempts;
  /** Sessions attended before a disengaging person stops coming. */
  final int sessionsBeforeDisengaging;
  final boolean referredOn;
  /** Working days after arrival when a referral that is withdrawn is withdrawn. */
  final int withdrawnAfter;

  String processInstanceId;
  String trainer;
  LocalDate allocatedOn;
  LocalDate planAgreedOn;
  int contactAttempts;
  int sessionsAttended;
  int absencesInARow;
  int sessionsRecorded;
  LocalDate readyFrom;
  LocalDate nextSession;
  LocalDate onwardReferredOn;
  boolean withdrawn;
  boolean firstContactMeasured;
  EndState endState;

  SimulatedReferral(long id, LocalDate received, Scenario scenario, Random random) {
    this.id = id;
    this.received = received;
    this.path = draw(scenario, random.nextDouble());
    this.failedAttempts = path == Path.UNABLE_TO_CONTACT ? Integer.MAX_VALUE : random.nextDouble() < 0.3 ? 1 : 0;
    this.sessionsBeforeDisengaging = random.nextInt(Math.max(1, scenario.plannedSessions() - 1));
    this.referredOn = random.nextDouble() < scenario.onwardReferrals();
    this.withdrawnAfter = 5 + random.nextInt(56);
  }

  private static Path draw(Scenario scenario, double draw) {
    double cumulative = 0;
    for (Path path : Path.values()) {
      cumulative += scenario.shares().get(path);
      if (draw < cumulative) {
        return path;
      }
    }
    return Path.COMPLETED;
  }

  String reference() {
    return String.format("SIM-%06d", id);
  }

  /** How the referral ends if it ends the way it was drawn to. */
  EndState expectedEnd() {
    return switch (path) {
      case NOT_ELIGIBLE, DECLINED -> EndState.DECLINED;
      case UNABLE_TO_CONTACT, DISENGAGED -> EndState.ENDED_EARLY;
      case WITHDRAWN -> withdrawn ? EndState.WITHDRAWN : EndState.COMPLETED;
      case COMPLETED -> EndState.COMPLETED;
    };
  }
}
