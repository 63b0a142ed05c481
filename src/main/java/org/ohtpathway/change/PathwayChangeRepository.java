package org.ohtpathway.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PathwayChangeRepository extends JpaRepository<PathwayChange, Long> {

  List<PathwayChange> findTop50ByOrderByIdDesc();

  List<PathwayChange> findByRecordedByAndStateOrderById(String recordedBy, PathwayChange.State state);

  /** Deployments of changes take turns: each holds the first change's row until its transaction ends. */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @org.springframework.data.jpa.repository.Query("select c from PathwayChange c where c.id = (select min(d.id) from PathwayChange d)")
  java.util.Optional<PathwayChange> lockForDeployment();

  /** The latest deployed change, which a rollback may undo. */
  PathwayChange findFirstByStateOrderByIdDesc(PathwayChange.State state);
}
