package org.ohtpathway.withdrawal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WithdrawalRepository extends JpaRepository<Withdrawal, Long> {

  Optional<Withdrawal> findFirstByReferralIdOrderByRecordedAtDesc(Long referralId);
}
