package org.ohtpathway.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

  Optional<Assessment> findFirstByReferralIdOrderByRecordedAtDesc(Long referralId);

  void deleteByReferralId(Long referralId);
}
