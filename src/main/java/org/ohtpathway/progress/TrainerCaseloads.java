package org.ohtpathway.progress;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each trainer's count of open cases, part of the read model: moved in the transaction that
 * allocates, reallocates or ends a case, so that the triage and reallocation forms read a row a
 * trainer however many cases the service holds. The counts are written and read in SQL, as
 * values (db/migration/V16__trainer_caseloads.sql): a count moved in the database adds up with
 * concurrent moves, and no entity can go stale.
 */
@Component
class TrainerCaseloads {

  private static final Logger LOG = LoggerFactory.getLogger(TrainerCaseloads.class);

  private final Rows rows;
  private final JdbcTemplate jdbc;

  TrainerCaseloads(Rows rows, JdbcTemplate jdbc) {
    this.rows = rows;
    this.jdbc = jdbc;
  }

  /**
   * An open case went from one trainer to another ({@code null}: none, as before allocation or
   * after the case ended). The two counts change in the order of the trainers' ids, so that two
   * reallocations the other way round wait for each other rather than deadlock.
   */
  void moved(String from, String to) {
    if (from != null && from.equals(to)) {
      return;
    }
    Map<String, Integer> changes = new TreeMap<>();
    if (from != null) {
      changes.put(from, -1);
    }
    if (to != null) {
      changes.put(to, 1);
    }
    changes.forEach((trainer, change) -> {
      if (add(trainer, change) > 0) {
        return;
      }
      if (change < 0) {
        LOG.warn("Trainer {} had an open case but no caseload count; recount the caseloads", trainer);
        return;
      }
      try {
        rows.ensure(trainer);
      } catch (DataIntegrityViolationException madeMeanwhile) {
        // Another transaction made the row first: the count goes on it.
      }
      add(trainer, change);
    });
  }

  /** Adds {@code change} to the trainer's count in the database, so that concurrent changes add up. */
  private int add(String trainerId, int change) {
    return jdbc.update("update trainer_caseload set open_cases = open_cases + ? where trainer_id = ?", change,
        trainerId);
  }

  Map<String, Long> of(Collection<String> trainerIds) {
    Map<String, Long> counts = new HashMap<>();
    trainerIds.forEach(id -> counts.put(id, 0L));
    jdbc.query("select trainer_id, open_cases from trainer_caseload", row -> {
      String trainer = row.getString("trainer_id");
      int open = row.getInt("open_cases");
      if (open < 0) {
        LOG.warn("Trainer {} has a caseload count below zero ({}); recount the caseloads", trainer, open);
      }
      counts.computeIfPresent(trainer, (id, none) -> (long) Math.max(0, open));
    });
    return counts;
  }

  /**
   * Counts every trainer's open cases afresh from the cases, for cases written by other means (a
   * bulk load, a repair by hand). Only while nothing else changes cases: the application stopped
   * but for this, or before the load's cases are worked on. A case moved meanwhile could be
   * counted wrongly.
   */
  void recount() {
    jdbc.update("delete from trainer_caseload");
    jdbc.update("insert into trainer_caseload (trainer_id, open_cases) select trainer_id, count(*)"
        + " from referral_progress where end_state is null and trainer_id is not null group by trainer_id");
  }

  /** Makes a trainer's row, in a transaction of its own, so that two first allocations at once both count. */
  @Component
  static class Rows {

    private final JdbcTemplate jdbc;

    Rows(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    /** Throws {@link DataIntegrityViolationException} when another transaction made the row first. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensure(String trainerId) {
      jdbc.update("insert into trainer_caseload (trainer_id, open_cases) values (?, 0)", trainerId);
    }
  }
}
