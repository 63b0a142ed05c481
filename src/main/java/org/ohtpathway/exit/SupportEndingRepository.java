package org.ohtpathway.exit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportEndingRepository extends JpaRepository<SupportEnding, Long> {

  Optional<SupportEnding> findFirstByReferralIdOrderByRecordedAtDesc(Long referralId);

  List<SupportEnding> findByReferralId(Long referralId);
}
