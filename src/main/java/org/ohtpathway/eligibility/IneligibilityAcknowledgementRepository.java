package org.ohtpathway.eligibility;

import org.springframework.data.jpa.repository.JpaRepository;

interface IneligibilityAcknowledgementRepository
    extends JpaRepository<IneligibilityAcknowledgement, Long> {

  long countByReferralId(Long referralId);
}
