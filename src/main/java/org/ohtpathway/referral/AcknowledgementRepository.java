package org.ohtpathway.referral;

import org.springframework.data.jpa.repository.JpaRepository;

interface AcknowledgementRepository extends JpaRepository<Acknowledgement, Long> {

  long countByReferralIdAndSubject(Long referralId, Acknowledgement.Subject subject);
}
