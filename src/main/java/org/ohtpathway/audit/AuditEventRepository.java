package org.ohtpathway.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only: events can be added and read, never changed or removed. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

  AuditEvent save(AuditEvent event);

  List<AuditEvent> findByOrderByIdDesc(Pageable page);

  List<AuditEvent> findByReferralReferenceOrderByIdDesc(String referralReference, Pageable page);

  boolean existsByUserIdAndActionAndReferralReferenceAndAtAfter(String userId, String action,
      String referralReference, java.time.Instant after);
}
