package org.ohtpathway.signposting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

  List<FollowUp> findByOnwardReferralId(Long onwardReferralId);

  void deleteByOnwardReferralId(Long onwardReferralId);
}
