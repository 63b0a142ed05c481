package org.ohtpathway.exit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExitSummaryRepository extends JpaRepository<ExitSummary, Long> {

  Optional<ExitSummary> findFirstByReferralIdOrderByRecordedAtDesc(Long referralId);

  void deleteByReferralId(Long referralId);
}
