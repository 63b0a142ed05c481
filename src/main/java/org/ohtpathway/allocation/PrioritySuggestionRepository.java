package org.ohtpathway.allocation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrioritySuggestionRepository extends JpaRepository<PrioritySuggestion, Long> {

  Optional<PrioritySuggestion> findFirstByReferralIdOrderByRecordedAtDesc(Long referralId);

  java.util.List<PrioritySuggestion> findByReferralId(Long referralId);
}
