package org.ohtpathway.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HealthPlanRepository extends JpaRepository<HealthPlan, Long> {

  Optional<HealthPlan> findFirstByReferralIdOrderByRecordedAtDesc(Long referralId);

  java.util.List<HealthPlan> findByReferralId(Long referralId);
}
