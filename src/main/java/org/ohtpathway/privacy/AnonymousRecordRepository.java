package org.ohtpathway.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnonymousRecordRepository extends JpaRepository<AnonymousRecord, Long> {
}
