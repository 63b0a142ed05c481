package org.ohtpathway.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralChangeRepository extends JpaRepository<ReferralChange, Long> {

  List<ReferralChange> findByReferralIdOrderByIdAsc(Long referralId);

  List<ReferralChange> findByReferralIdAndAmendment(Long referralId, int amendment);

  default int lastAmendment(Long referralId) {
    return findByReferralIdOrderByIdAsc(referralId).stream().mapToInt(ReferralChange::getAmendment).max().orElse(0);
  }
}
