package org.ohtpathway.referral;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, Long> {

  Optional<Consent> findFirstByReferralIdOrderByRecordedAtDesc(Long referralId);
}
