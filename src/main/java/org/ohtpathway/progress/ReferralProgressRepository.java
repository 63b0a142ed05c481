package org.ohtpathway.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface ReferralProgressRepository extends CrudRepository<ReferralProgress, Long> {

  @Query("select p from ReferralProgress p where p.reference = ?1")
  Optional<ReferralProgress> findByReference(String reference);

  @Query("select p from ReferralProgress p where p.processInstanceId = ?1")
  Optional<ReferralProgress> findByProcessInstanceId(String processInstanceId);

  List<ReferralProgress> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

  List<ReferralProgress> findByTrainerIdAndEndStateIsNullOrderByReceivedOnAscReferralIdAsc(String trainerId,
      Pageable page);

  List<ReferralProgress> findByPractitionerIdOrderByReceivedOnDescReferralIdDesc(String practitionerId, Pageable page);

  List<ReferralProgress> findByEndStateIsNullOrderByReceivedOnAscReferralIdAsc(Pageable page);

  List<ReferralProgress> findByEndStateIsNullAndTrainerIdIsNullOrderByReceivedOnAscReferralIdAsc(Pageable page);

  List<ReferralProgress> findByEndStateIsNullAndOnHoldTrueOrderByLookAgainOnAscReferralIdAsc(Pageable page);

  List<ReferralProgress> findByEndStateIsNotNullOrderByEndedOnDescReferralIdDesc(Pageable page);
}
