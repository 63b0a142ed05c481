package org.ohtpathway.referral;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

  List<Referral> findByPersonCrnOrderByRecordedAtDesc(String crn);

  Optional<Referral> findByReference(String reference);

  Optional<Referral> findByProcessInstanceId(String processInstanceId);


  List<Referral> findByRecordedAtBefore(java.time.Instant before);
}
