package org.ohtpathway.withdrawal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WithdrawalRepository extends JpaRepository<Withdrawal, Long> {

  List<Withdrawal> findByReferralId(Long referralId);

  Optional<Withdrawal> findFirstByReferralIdOrderByRecordedAtDesc(Long referralId);
}
