package org.ohtpathway.process;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs every job that is due, as the job executor would, in the calling thread: for engines
 * whose job executor is off (the capacity simulator, benchmarks, tests), which decide when
 * asynchronous steps and timers run.
 */
public final class DueJobs {

  private DueJobs() {
  }

  /** Runs due jobs, and the jobs those make due, for at most {@code rounds} rounds. */
  public static void run(ManagementService management, int rounds) {
    for (int round = 0; round < rounds; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
