package org.ohtpathway.review;

import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ohtpathway.config.PathwayProperties;
import org.ohtpathway.plan.HealthPlan;
import org.ohtpathway.plan.PlanService;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.session.SessionService;
import org.ohtpathway.session.SupportSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decides when a review is due and records reviews. */
@Service
@Transactional
public class ReviewService implements CaseStage {

  private final ReviewRepository reviews;
  private final SessionService sessions;
  private final PlanService plans;
  private final PathwayProperties properties;
  private final CaseProgress progress;

  ReviewService(ReviewRepository reviews, SessionService sessions, PlanService plans,
      PathwayProperties properties, CaseProgress progress) {
    this.reviews = reviews;
    this.sessions = sessions;
    this.plans = plans;
    this.properties = properties;
    this.progress = progress;
  }

  /** After a session: what {@link SessionsSoFar#nextStep} says of the referral's sessions and reviews. */
  @Transactional(readOnly = true)
  public NextStep nextStep(Long referralId) {
    return sessionsSoFar(referralId).nextStep(properties);
  }

  /** Whether the latest session makes the run of unacceptable absences the one the practitioner is told of. */
  @Transactional(readOnly = true)
  public boolean absencesToReport(Long referralId) {
    return sessionsSoFar(referralId).absencesToReport(properties);
  }

  private SessionsSoFar sessionsSoFar(Long referralId) {
    List<SupportSession> all = sessions.sessionsOf(referralId);
    List<Review> reviewed = reviewsOf(referralId);
    int reviewedUpTo = reviewed.stream()
        .filter(review -> review.getKind() == ReviewKind.DISENGAGEMENT)
        .mapToInt(Review::getSessionsBefore)
        .max()
        .orElse(0);
    boolean asked = !all.isEmpty() && all.get(all.size() - 1).isReviewRequested();
    return new SessionsSoFar(all.stream().map(SupportSession::getAttendance).toList(), reviewedUpTo, asked,
        sessionsToAttend(referralId, reviewed));
  }

  @Transactional(readOnly = true)
  public int sessionsToAttend(Long referralId) {
    return sessionsToAttend(referralId, reviewsOf(referralId));
  }

  private int sessionsToAttend(Long referralId, List<Review> reviewed) {
    int planned = plans.planFor(referralId).map(HealthPlan::getPlannedSessions).orElse(0);
    return planned + reviewed.stream()
        .filter(review -> review.getDecision() == ReviewDecision.CONTINUE)
        .mapToInt(Review::getAdditionalSessions)
        .sum();
  }

  public Review record(Long referralId, ReviewKind kind, LocalDate reviewedOn, ReviewDecision decision,
      int additionalSessions, String note, String trainer) {
    Review review = reviews.save(new Review(referralId, kind, reviewedOn, decision, additionalSessions,
        sessions.sessionsOf(referralId).size(), note, trainer, ServiceClock.now()));
    progress.reached(referralId, Milestone.REVIEWED, reviewedOn, trainer);
    return review;
  }

  /** Each review's decision, which probation follows; its note is of the health record. */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    List<TimelineEntry> entries = new java.util.ArrayList<>();
    for (Review review : reviewsOf(referralId)) {
      int more = review.getDecision() == ReviewDecision.CONTINUE ? review.getAdditionalSessions() : 0;
      String decision = review.getDecision().label()
          + (more > 0 ? " (" + more + (more == 1 ? " more session)" : " more sessions)") : "");
      entries.add(TimelineEntry.of(review.getReviewedOn(), review.getRecordedAt(),
          review.getKind().label() + ": " + decision, review.getRecordedBy(), Audience.PROGRESS));
      if (review.getNote() != null) {
        entries.add(TimelineEntry.of(review.getReviewedOn(), review.getRecordedAt(),
            review.getKind().label() + " note", review.getRecordedBy(), Audience.HEALTH).withDetail(review.getNote()));
      }
    }
    return entries;
  }

  @Override
  public void minimise(Long referralId) {
    reviewsOf(referralId).forEach(Review::minimise);
  }

  @Transactional(readOnly = true)
  public List<Review> reviewsOf(Long referralId) {
    return reviews.findByReferralIdOrderByRecordedAtAscIdAsc(referralId);
  }

  @Transactional(readOnly = true)
  public Optional<Review> latestReview(Long referralId) {
    List<Review> all = reviewsOf(referralId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @Transactional(readOnly = true)
  public String progressSummary(Long referralId) {
    return sessions.attendedCount(referralId) + " of " + sessionsToAttend(referralId)
        + " sessions attended; " + sessions.sessionsOf(referralId).size() + " sessions recorded in all.";
  }
}
