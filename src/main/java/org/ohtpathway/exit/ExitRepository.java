package org.ohtpathway.exit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExitRepository extends JpaRepository<Exit, Long> {

  Optional<Exit> findFirstByReferralIdOrderByRecordedAtDesc(Long referralId);

  java.util.List<Exit> findByReferralId(Long referralId);
}
