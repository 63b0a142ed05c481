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

  /**
   * Open cases per trainer, every trainer's in one grouped pass over the trainer index. (Naming the
   * trainers in an {@code in} list made H2 compare each open case with every name in it.)
   */
  @Query("select p.trainerId, count(p) from ReferralProgress p where p.endState is null and p.trainerId is not null"
      + " group by p.trainerId")
  List<Object[]> countOpenPerTrainer();
}
