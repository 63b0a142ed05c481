package org.ohtpathway.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PathwayChangeRepository extends JpaRepository<PathwayChange, Long> {

  List<PathwayChange> findTop50ByOrderByIdDesc();

  /** The latest deployed change, which a rollback may undo. */
  PathwayChange findFirstByStateOrderByIdDesc(PathwayChange.State state);
}
