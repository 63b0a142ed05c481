package org.ohtpathway.change;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oht.pathway-changes}: how a proposed change is simulated beside the pathway as it stands.
 *
 * @param simulation the capacity simulator's options (docs/capacity.md), such as --months=3
 * @param simulationTimeoutSeconds how long the simulation may take (and wait for another to
 *     finish) before the approver is told there is no comparison: well within the job executor's
 *     lock time (camunda.bpm.job-execution.lock-time-in-millis), so the job is never run twice
 */
@ConfigurationProperties("oht.pathway-changes")
public record PathwayChangeProperties(List<String> simulation, Long simulationTimeoutSeconds) {

  public PathwayChangeProperties {
    simulation = simulation == null ? List.of("--months=3") : List.copyOf(simulation);
    simulationTimeoutSeconds = simulationTimeoutSeconds == null ? 300L : simulationTimeoutSeconds;
  }
}
