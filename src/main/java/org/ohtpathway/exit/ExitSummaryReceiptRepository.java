package org.ohtpathway.exit;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExitSummaryReceiptRepository extends JpaRepository<ExitSummaryReceipt, Long> {

  long countByReferralId(Long referralId);
}
