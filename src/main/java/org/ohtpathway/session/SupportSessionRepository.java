package org.ohtpathway.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportSessionRepository extends JpaRepository<SupportSession, Long> {

  List<SupportSession> findByReferralIdOrderByNumberAsc(Long referralId);
}
