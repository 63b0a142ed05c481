package org.ohtpathway.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PathwayChangeFileRepository extends JpaRepository<PathwayChangeFile, Long> {

  List<PathwayChangeFile> findByChangeIdOrderByName(Long changeId);
}
