package org.ohtpathway.referral;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

  List<Referral> findByPersonCrnOrderByRecordedAtDesc(String crn);

  Optional<Referral> findByReference(String reference);

  Optional<Referral> findByProcessInstanceId(String processInstanceId);


  List<Referral> findByRecordedAtBefore(java.time.Instant before);

  /** Each referral's id with its person, in one query (no referral's other details). */
  @Query("select r.id, p from Referral r join r.person p where r.id in :ids")
  List<Object[]> findPeopleByIdIn(Collection<Long> ids);
}
