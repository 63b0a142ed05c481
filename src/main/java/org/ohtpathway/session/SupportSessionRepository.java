package org.ohtpathway.session;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportSessionRepository extends JpaRepository<SupportSession, Long> {

  @Query("select s from SupportSession s where s.referralId = ?1 order by s.number")
  List<SupportSession> findByReferralIdOrderByNumberAsc(Long referralId);
}
