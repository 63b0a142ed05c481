package org.ohtpathway.eligibility;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EligibilityDecisionRepository extends JpaRepository<EligibilityDecision, Long> {

  Optional<EligibilityDecision> findFirstByReferralIdOrderByRecordedAtDesc(Long referralId);

  java.util.List<EligibilityDecision> findByReferralId(Long referralId);
}
