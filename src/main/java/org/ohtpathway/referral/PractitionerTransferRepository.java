package org.ohtpathway.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PractitionerTransferRepository extends JpaRepository<PractitionerTransfer, Long> {

  List<PractitionerTransfer> findByReferralIdOrderByIdAsc(Long referralId);
}
