package org.ohtpathway.referral;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

  List<Referral> findByPersonCrnOrderByRecordedAtDesc(String crn);

  /** The ids of a person's referrals, in one query (no referral loaded, nothing per row). */
  @org.springframework.data.jpa.repository.Query("select r.id from Referral r where r.person.crn = :crn")
  List<Long> idsByPersonCrn(@org.springframework.data.repository.query.Param("crn") String crn);

  @org.springframework.data.jpa.repository.Query("select r from Referral r where r.reference = ?1")
  Optional<Referral> findByReference(String reference);

  @org.springframework.data.jpa.repository.Query("select r from Referral r join fetch r.person where r.id in :ids")
  List<Referral> findWithPersonByIdIn(@org.springframework.data.repository.query.Param("ids")
      java.util.Collection<Long> ids);

  @org.springframework.data.jpa.repository.Query("select r.id from Referral r join r.person p where upper(p.crn) = :crn"
      + " or lower(concat(concat(p.givenName, ' '), p.familyName)) like :name escape '!'"
      + " order by r.recordedAt desc")
  List<Long> searchByCrnOrName(@org.springframework.data.repository.query.Param("crn") String crn,
      @org.springframework.data.repository.query.Param("name") String name,
      org.springframework.data.domain.Pageable page);

  @org.springframework.data.jpa.repository.Query("select r from Referral r where r.processInstanceId = ?1")
  Optional<Referral> findByProcessInstanceId(String processInstanceId);


  List<Referral> findByRecordedAtBefore(java.time.Instant before);
}
