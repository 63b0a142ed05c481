package org.ohtpathway.allocation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TriageDeclineRepository extends JpaRepository<TriageDecline, Long> {

  Optional<TriageDecline> findFirstByReferralIdOrderByIdDesc(Long referralId);
}
