package org.ohtpathway.change;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oht.pathway-changes}: how a proposed change is simulated beside the pathway as it stands.
 *
 * @param simulation the capacity simulator's options (docs/capacity.md), such as --months=3
 * @param simulationTimeoutSeconds how long the simulation may take before the approver is told
 *     there is no comparison
 */
@ConfigurationProperties("oht.pathway-changes")
public record PathwayChangeProperties(List<String> simulation, Long simulationTimeoutSeconds) {

  public PathwayChangeProperties {
    simulation = simulation == null ? List.of("--months=3") : List.copyOf(simulation);
    simulationTimeoutSeconds = simulationTimeoutSeconds == null ? 600L : simulationTimeoutSeconds;
  }
}
