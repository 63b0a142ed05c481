package org.ohtpathway.change;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ohtpathway.capacity.Scenario;
import org.ohtpathway.capacity.SimulateCommand;

/**
 * {@code java -jar oht-pathway.jar check-pathway FOLDER}: checks a change to the pathway (the
 * BPMN, DMN and form files in the folder, read over those the application ships) and prints
 * each finding by file, then runs the capacity simulator on the changed pathway beside the
 * current one, three months unless {@code --months} says otherwise ({@code --no-simulation}
 * leaves that out; the simulator's own options, such as {@code --trainers=8}, may follow).
 * Exit code 0 when nothing is found, 1 when something is, 2 when a folder or an option is wrong.
 * Starts neither the web server nor the database.
 *
 * <p>The application runs the simulation of a proposed change with this command in a process of
 * its own (the simulator moves the engine's clock, which is the JVM's): {@code --current=FOLDER}
 * then names the pathway as it stands, {@code --complete} says FOLDER is the whole changed
 * pathway, and {@code --simulation-only} prints the comparison alone.
 */
public final class CheckPathwayCommand {

  static final String NO_SIMULATION = "--no-simulation";
  static final String SIMULATION_ONLY = "--simulation-only";
  static final String COMPLETE = "--complete";
  static final String CURRENT = "--current=";
  /** Months simulated unless --months says otherwise: enough for every deadline to come round. */
  static final int MONTHS = 3;

  private CheckPathwayCommand() {
  }

  public static int run(String[] arguments, PrintStream out) {
    if (arguments.length == 0 || arguments[0].startsWith("--")) {
      out.println("Usage: check-pathway FOLDER [--no-simulation] [simulator options, e.g. --months=3]");
      return 2;
    }
    List<String> options = new ArrayList<>(List.of(arguments).subList(1, arguments.length));
    boolean simulate = !options.remove(NO_SIMULATION);
    boolean simulationOnly = options.remove(SIMULATION_ONLY);
    boolean complete = options.remove(COMPLETE);
    String currentFolder = options.stream().filter(option -> option.startsWith(CURRENT)).findFirst().orElse(null);
    options.remove(currentFolder);
    PathwayFiles shipped = PathwayFiles.shipped();
    PathwayFiles change;
    PathwayFiles current;
    try {
      change = PathwayFiles.fromFolder(Path.of(arguments[0]));
      current = currentFolder == null ? shipped
          : PathwayFiles.fromFolder(Path.of(currentFolder.substring(CURRENT.length())));
    } catch (IOException unreadable) {
      out.println("Cannot check " + arguments[0] + ": " + unreadable.getMessage());
      return 2;
    }
    PathwayFiles changed = complete ? change : change.over(current);
    List<Finding> findings = List.of();
    if (!simulationOnly) {
      findings = new PathwayCheck(shipped).check(change, complete ? new PathwayFiles(Map.of()) : current);
      out.println("Checked " + change.names().size() + " file" + (change.names().size() == 1 ? "" : "s") + " of "
          + Path.of(arguments[0]).toAbsolutePath().normalize() + ": " + String.join(", ", change.names()));
      print(findings, out);
    }
    if (simulate) {
      if (options.stream().noneMatch(option -> option.startsWith("--months="))) {
        options.add("--months=" + MONTHS);
      }
      Scenario scenario;
      try {
        scenario = Scenario.fromArguments(options);
      } catch (IllegalArgumentException wrong) {
        out.println("Cannot simulate: " + wrong.getMessage());
        return 2;
      }
      out.print(SimulateCommand.withServiceSettings(simulator -> new PathwayComparison(simulator)
          .compare(current, changed, scenario)).described());
    }
    return findings.isEmpty() ? 0 : 1;
  }

  static void print(List<Finding> findings, PrintStream out) {
    out.print(described(findings));
  }

  /** The findings by file, one a line, as the command prints them and the approval task shows them. */
  static String described(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "No finding: the change may be proposed.\n";
    }
    StringBuilder out = new StringBuilder(findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + ":\n");
    Map<String, List<Finding>> byFile = new TreeMap<>();
    findings.forEach(finding -> byFile.computeIfAbsent(finding.file(), file -> new ArrayList<>()).add(finding));
    byFile.forEach((file, inFile) -> {
      out.append(file).append('\n');
      inFile.forEach(finding -> out.append("  - ").append(finding.element() == null ? "" : finding.element() + ": ")
          .append(finding.problem()).append('\n'));
    });
    return out.toString();
  }
}
