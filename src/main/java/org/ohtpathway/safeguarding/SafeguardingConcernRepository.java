package org.ohtpathway.safeguarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SafeguardingConcernRepository extends JpaRepository<SafeguardingConcern, Long> {

  List<SafeguardingConcern> findByReferralIdOrderByRecordedAtAsc(Long referralId);
}
