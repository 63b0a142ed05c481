package org.ohtpathway.progress;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ohtpathway.process.ServiceClock;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one read model of referrals' progress. The stages feed it in the transaction that
 * records each step; the case view, caseloads, end states, the access decisions, minimisation
 * and the reports read it, one referral by its key or a caseload by one indexed query.
 */
@Service
@Transactional
public class CaseProgress {

  private final ReferralProgressRepository cases;
  private final ReachedMilestoneRepository milestones;
  private final TrainerCaseloads caseloads;
  private final EntityManager entityManager;

  CaseProgress(ReferralProgressRepository cases, ReachedMilestoneRepository milestones, TrainerCaseloads caseloads,
      EntityManager entityManager) {
    this.cases = cases;
    this.milestones = milestones;
    this.caseloads = caseloads;
    this.entityManager = entityManager;
  }

  /** A new referral: its case starts at the referral stage, held by the practitioner who made it. */
  public void opened(Long referralId, String reference, String processInstanceId, Instant receivedAt,
      String practitionerId) {
    LocalDate on = LocalDate.ofInstant(receivedAt, ServiceClock.SERVICE_ZONE);
    cases.save(new ReferralProgress(referralId, reference, processInstanceId, on, practitionerId, receivedAt));
    reached(referralId, Milestone.REFERRED, on, practitionerId);
  }

  /** A milestone reached on a day; reported again with an earlier day, the earlier day stands. */
  public void reached(Long referralId, Milestone milestone, LocalDate on, String by) {
    Instant now = ServiceClock.now();
    milestones.findByReferralIdAndMilestone(referralId, milestone).ifPresentOrElse(
        reached -> reached.reachedAlsoOn(on),
        () -> milestones.save(new ReachedMilestone(referralId, milestone, on, by, now)));
    get(referralId).reach(milestone, on, now);
  }

  /** The referral ended; a later end stands over an earlier only by {@link EndState#standing}. */
  public void ended(Long referralId, EndState state, LocalDate on) {
    ReferralProgress progress = locked(referralId);
    boolean wasOpen = progress.isOpen();
    progress.end(state, on, ServiceClock.now());
    if (wasOpen && !progress.isOpen()) {
      caseloads.moved(progress.getTrainerId(), null);
    }
  }

  public void allocated(Long referralId, String trainerId, String priority) {
    ReferralProgress progress = locked(referralId);
    String before = progress.getTrainerId();
    progress.allocate(trainerId, priority, ServiceClock.now());
    if (progress.isOpen()) {
      caseloads.moved(before, trainerId);
    }
  }

  /**
   * The case as the database holds it now, locked until the transaction ends: whom it is
   * allocated to and whether it is open decide which trainers' counts move, and another
   * transaction may have reallocated or ended it since this one first read it.
   */
  private ReferralProgress locked(Long referralId) {
    ReferralProgress progress = get(referralId);
    entityManager.flush();
    entityManager.refresh(progress, LockModeType.PESSIMISTIC_WRITE);
    return progress;
  }

  public void transferred(Long referralId, String practitionerId) {
    get(referralId).transfer(practitionerId, ServiceClock.now());
  }

  public void attended(Long referralId, LocalDate on, String by) {
    get(referralId).attended(ServiceClock.now());
    reached(referralId, Milestone.FIRST_SESSION_ATTENDED, on, by);
  }

  public void concernRaised(Long referralId) {
    get(referralId).concernRaised(ServiceClock.now());
  }

  public void held(Long referralId, String reason, LocalDate since, LocalDate lookAgainOn) {
    get(referralId).hold(reason, since, lookAgainOn, ServiceClock.now());
  }

  public void resumed(Long referralId) {
    get(referralId).resume(ServiceClock.now());
  }

  @Transactional(readOnly = true)
  public Optional<ReferralProgress> of(Long referralId) {
    return cases.findById(referralId);
  }

  @Transactional(readOnly = true)
  public ReferralProgress get(Long referralId) {
    return cases.findById(referralId)
        .orElseThrow(() -> new IllegalStateException("Referral " + referralId + " has no progress record"));
  }

  @Transactional(readOnly = true)
  public Optional<ReferralProgress> ofProcessInstance(String processInstanceId) {
    return cases.findByProcessInstanceId(processInstanceId);
  }

  /** The cases of these pathway instances, in one query, by instance id. */
  @Transactional(readOnly = true)
  public Map<String, ReferralProgress> ofProcessInstances(Collection<String> processInstanceIds) {
    Map<String, ReferralProgress> found = new HashMap<>();
    if (!processInstanceIds.isEmpty()) {
      cases.findByProcessInstanceIdIn(processInstanceIds).forEach(c -> found.put(c.getProcessInstanceId(), c));
    }
    return found;
  }

  /** The milestones reached, each with its day, in the pathway's order. */
  @Transactional(readOnly = true)
  public Map<Milestone, ReachedMilestone> milestonesOf(Long referralId) {
    Map<Milestone, ReachedMilestone> reached = new EnumMap<>(Milestone.class);
    milestones.findByReferralIdOrderByReachedOnAscIdAsc(referralId).forEach(m -> reached.put(m.getMilestone(), m));
    return reached;
  }

  @Transactional(readOnly = true)
  public Optional<LocalDate> reachedOn(Long referralId, Milestone milestone) {
    return milestones.findByReferralIdAndMilestone(referralId, milestone).map(ReachedMilestone::getReachedOn);
  }

  @Transactional(readOnly = true)
  public Optional<EndState> endStateOf(Long referralId) {
    return of(referralId).map(ReferralProgress::getEndState);
  }

  @Transactional(readOnly = true)
  public boolean isOpen(Long referralId) {
    return of(referralId).map(ReferralProgress::isOpen).orElse(false);
  }

  /** How many open cases each of these trainers holds: a row a trainer, kept as cases move. */
  @Transactional(readOnly = true)
  public Map<String, Long> openCasesOf(Collection<String> trainerIds) {
    return trainerIds.isEmpty() ? Map.of() : caseloads.of(trainerIds);
  }

  /**
   * Counts each trainer's open cases afresh from the cases: for cases written other than through
   * this class (a bulk load, a repair by hand), while nothing else changes cases.
   */
  public void recountCaseloads() {
    caseloads.recount();
  }

  /** The kinds of caseload, each read by one indexed query, at most {@code limit} cases. */
  public enum Caseload { TRAINER_OPEN, PRACTITIONER, ALL_OPEN, UNALLOCATED, ON_HOLD, CLOSED }

  @Transactional(readOnly = true)
  public List<ReferralProgress> caseload(Caseload kind, String userId, int limit) {
    return caseload(kind, userId, 0, limit);
  }

  /** One page of a caseload: the {@code pageNumber}th (from 0) of pages of {@code limit} cases. */
  @Transactional(readOnly = true)
  public List<ReferralProgress> caseload(Caseload kind, String userId, int pageNumber, int limit) {
    PageRequest page = PageRequest.of(pageNumber, limit);
    return switch (kind) {
      case TRAINER_OPEN -> cases.findByTrainerIdAndEndStateIsNullOrderByReceivedOnAscReferralIdAsc(userId, page);
      case PRACTITIONER -> cases.findByPractitionerIdOrderByReceivedOnDescReferralIdDesc(userId, page);
      case ALL_OPEN -> cases.findByEndStateIsNullOrderByReceivedOnAscReferralIdAsc(page);
      case UNALLOCATED -> cases.findByEndStateIsNullAndTrainerIdIsNullOrderByReceivedOnAscReferralIdAsc(page);
      case ON_HOLD -> cases.findByEndStateIsNullAndOnHoldTrueOrderByLookAgainOnAscReferralIdAsc(page);
      case CLOSED -> cases.findByEndStateIsNotNullOrderByEndedOnDescReferralIdDesc(page);
    };
  }

  /** The cases of these referrals, in one query. */
  @Transactional(readOnly = true)
  public List<ReferralProgress> ofReferrals(Collection<Long> referralIds) {
    List<ReferralProgress> found = new java.util.ArrayList<>();
    if (!referralIds.isEmpty()) {
      cases.findAllById(referralIds).forEach(found::add);
    }
    return found;
  }

  @Transactional(readOnly = true)
  public Optional<ReferralProgress> ofReference(String reference) {
    return cases.findByReference(reference);
  }
}
