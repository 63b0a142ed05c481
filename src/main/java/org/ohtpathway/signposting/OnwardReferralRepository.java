package org.ohtpathway.signposting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnwardReferralRepository extends JpaRepository<OnwardReferral, Long> {

  List<OnwardReferral> findBySessionIdOrderByIdAsc(Long sessionId);

  List<OnwardReferral> findByReferralIdOrderByIdAsc(Long referralId);

  void deleteByReferralId(Long referralId);
}
