package org.ohtpathway.allocation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AllocationRepository extends JpaRepository<Allocation, Long> {

  List<Allocation> findByReferralIdOrderByRecordedAtAsc(Long referralId);

  List<Allocation> findByTrainerId(String trainerId);
}
