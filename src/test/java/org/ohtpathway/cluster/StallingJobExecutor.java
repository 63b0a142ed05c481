package org.ohtpathway.cluster;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;

/**
 * A node that stops in the middle of its work: its job executor acquires jobs, which locks them
 * to this node in the database, and then never runs them, as if the node had stopped just after.
 * Given to {@link Node#start} as configuration (it is deliberately not a scanned component).
 */
class StallingJobExecutor {

  static final String LOCK_OWNER = "stalled-node";
  /** How long the jobs stay locked to this node. */
  static final int LOCK_TIME_MILLIS = 15_000;

  /** The ids of the jobs this node acquired and never ran. */
  static final Set<String> HELD = ConcurrentHashMap.newKeySet();

  @Bean
  JobExecutor jobExecutor() {
    SpringJobExecutor executor = new SpringJobExecutor() {
      @Override
      public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        HELD.addAll(jobIds);
      }
    };
    executor.setTaskExecutor(new SyncTaskExecutor());
    executor.setLockOwner(LOCK_OWNER);
    executor.setLockTimeInMillis(LOCK_TIME_MILLIS);
    executor.setMaxJobsPerAcquisition(100);
    executor.setWaitTimeInMillis(200);
    executor.setMaxWait(1000);
    return executor;
  }
}
