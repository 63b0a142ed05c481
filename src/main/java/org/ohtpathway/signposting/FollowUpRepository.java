package org.ohtpathway.signposting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

  List<FollowUp> findByOnwardReferralId(Long onwardReferralId);

  List<FollowUp> findByOnwardReferralIdIn(java.util.Collection<Long> onwardReferralIds);

  void deleteByOnwardReferralId(Long onwardReferralId);
}
