package org.ohtpathway.progress;

import java.util.List;

/**
 * How a stage of the pathway joins the case: what it adds to a referral's timeline, and how it
 * removes the personal and health details it holds (consent withdrawn, retention ended). The
 * stage's service implements it; the case view and minimisation find every stage through it.
 * A stage reports its milestones to {@link CaseProgress} as it records them.
 */
public interface CaseStage {

  /** What this stage recorded about the referral, as entries of its timeline; each says who may see it. */
  default List<TimelineEntry> timeline(Long referralId) {
    return List.of();
  }

  /** Removes what this stage holds about the person; keeps what the anonymous record and reports count. */
  void minimise(Long referralId);
}
