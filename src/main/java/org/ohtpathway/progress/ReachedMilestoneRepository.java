package org.ohtpathway.progress;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface ReachedMilestoneRepository extends CrudRepository<ReachedMilestone, Long> {

  @Query("select m from ReachedMilestone m where m.referralId = ?1 order by m.reachedOn, m.id")
  List<ReachedMilestone> findByReferralIdOrderByReachedOnAscIdAsc(Long referralId);

  @Query("select m from ReachedMilestone m where m.referralId = ?1 and m.milestone = ?2")
  Optional<ReachedMilestone> findByReferralIdAndMilestone(Long referralId, Milestone milestone);
}
