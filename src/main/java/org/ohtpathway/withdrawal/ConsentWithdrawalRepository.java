package org.ohtpathway.withdrawal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentWithdrawalRepository extends JpaRepository<ConsentWithdrawal, Long> {

  Optional<ConsentWithdrawal> findFirstByReferralIdOrderByRecordedAtDesc(Long referralId);
}
