package org.ohtpathway.progress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface ReachedMilestoneRepository extends CrudRepository<ReachedMilestone, Long> {

  List<ReachedMilestone> findByReferralIdOrderByReachedOnAscIdAsc(Long referralId);

  Optional<ReachedMilestone> findByReferralIdAndMilestone(Long referralId, Milestone milestone);
}
