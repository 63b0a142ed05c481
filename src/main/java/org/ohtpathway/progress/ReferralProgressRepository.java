package org.ohtpathway.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface ReferralProgressRepository extends CrudRepository<ReferralProgress, Long> {

  Optional<ReferralProgress> findByReference(String reference);

  Optional<ReferralProgress> findByProcessInstanceId(String processInstanceId);

  List<ReferralProgress> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

  List<ReferralProgress> findByTrainerIdAndEndStateIsNullOrderByReceivedOnAsc(String trainerId, Pageable page);

  List<ReferralProgress> findByPractitionerIdOrderByReceivedOnDesc(String practitionerId, Pageable page);

  List<ReferralProgress> findByEndStateIsNullOrderByReceivedOnAsc(Pageable page);

  List<ReferralProgress> findByEndStateIsNullAndTrainerIdIsNullOrderByReceivedOnAsc(Pageable page);

  List<ReferralProgress> findByEndStateIsNullAndOnHoldTrueOrderByLookAgainOnAsc(Pageable page);

  List<ReferralProgress> findByEndStateIsNotNullOrderByEndedOnDesc(Pageable page);

  /** Open cases per trainer, in one grouped query. */
  @Query("select p.trainerId, count(p) from ReferralProgress p where p.endState is null and p.trainerId in ?1"
      + " group by p.trainerId")
  List<Object[]> countOpenByTrainer(Collection<String> trainerIds);
}
