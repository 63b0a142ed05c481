package org.ohtpathway.hold;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseHoldRepository extends JpaRepository<CaseHold, Long> {

  List<CaseHold> findByReferralIdOrderByIdAsc(Long referralId);

  Optional<CaseHold> findFirstByReferralIdOrderByIdDesc(Long referralId);
}
