package org.ohtpathway.signposting;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnwardReferralRepository extends JpaRepository<OnwardReferral, Long> {

  @Query("select o from OnwardReferral o where o.sessionId = ?1 order by o.id")
  List<OnwardReferral> findBySessionIdOrderByIdAsc(Long sessionId);

  @Query("select o from OnwardReferral o where o.referralId = ?1 order by o.id")
  List<OnwardReferral> findByReferralIdOrderByIdAsc(Long referralId);

  void deleteByReferralId(Long referralId);
}
