package org.ohtpathway.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ohtpathway.capacity.Scenario.Path;
import org.ohtpathway.contact.ContactOutcome;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.review.SessionsSoFar;
import org.ohtpathway.session.Attendance;

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
  /** Each first-contact attempt's outcome, in order. */
  final List<ContactOutcome> contactAttempts = new ArrayList<>();
  /** Each session's attendance, in order. */
  final List<Attendance> sessions = new ArrayList<>();
  /** Whether support ended at a disengagement review (the exit's reason follows from it). */
  boolean disengaged;
  LocalDate readyFrom;
  LocalDate nextSession;
  LocalDate onwardReferredOn;
  boolean withdrawn;
  boolean firstContactMeasured;
  /** The end state the pathway's rules gave the referral (eligibility, first contact, exit, withdrawal), as the service records it. */
  EndState concluded;
  /** Set when the referral's pathway has ended. */
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

  /** What the rules after a session read: these sessions, no disengagement review that continued, the plan's sessions. */
  SessionsSoFar sessionsSoFar(int plannedSessions) {
    return new SessionsSoFar(sessions, 0, false, plannedSessions);
  }

  long sessionsAttended() {
    return sessions.stream().filter(Attendance::attended).count();
  }
}
