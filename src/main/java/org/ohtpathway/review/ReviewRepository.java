package org.ohtpathway.review;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

  @Query("select r from Review r where r.referralId = ?1 order by r.recordedAt, r.id")
  List<Review> findByReferralIdOrderByRecordedAtAscIdAsc(Long referralId);
}
