package org.ohtpathway.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactAttemptRepository extends JpaRepository<ContactAttempt, Long> {

  List<ContactAttempt> findByReferralIdOrderByRecordedAtAsc(Long referralId);
}
