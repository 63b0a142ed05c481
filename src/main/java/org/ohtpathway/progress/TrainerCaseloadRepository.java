package org.ohtpathway.progress;

import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface TrainerCaseloadRepository extends CrudRepository<TrainerCaseload, String> {

  /** Adds {@code change} to the trainer's count, in the database, so that concurrent changes add up. */
  @Modifying(flushAutomatically = true, clearAutomatically = false)
  @Query("update TrainerCaseload c set c.openCases = c.openCases + ?2 where c.trainerId = ?1")
  int add(String trainerId, int change);

  /** Every trainer's count, as values: no entity to go stale when a count moves in the same transaction. */
  @Query("select c.trainerId, c.openCases from TrainerCaseload c")
  List<Object[]> counts();
}
