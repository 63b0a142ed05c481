package org.ohtpathway.note;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

  List<CaseNote> findByReferralIdOrderByNotedOnAscIdAsc(Long referralId);
}
