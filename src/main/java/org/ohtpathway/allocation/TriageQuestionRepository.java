package org.ohtpathway.allocation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TriageQuestionRepository extends JpaRepository<TriageQuestion, Long> {

  List<TriageQuestion> findByReferralIdOrderByIdAsc(Long referralId);
}
