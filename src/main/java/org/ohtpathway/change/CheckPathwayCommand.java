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
 * leaves that out; the simulator's own options, such as {@code --trainers=8}, may follow). Exit code 0 when nothing is found, 1 when something is,
 * 2 when the folder cannot be read. Starts neither the web server nor the database.
 */
public final class CheckPathwayCommand {

  static final String NO_SIMULATION = "--no-simulation";
  /** Months simulated unless --months says otherwise: enough for every deadline to come round. */
  static final int MONTHS = 3;

  private CheckPathwayCommand() {
  }

  public static int run(String[] arguments, PrintStream out) {
    if (arguments.length == 0 || arguments[0].startsWith("--")) {
      out.println("Usage: check-pathway FOLDER [--no-simulation] [simulator options, e.g. --months=3]");
      return 2;
    }
    PathwayFiles change;
    try {
      change = PathwayFiles.fromFolder(Path.of(arguments[0]));
    } catch (IOException unreadable) {
      out.println("Cannot check " + arguments[0] + ": " + unreadable.getMessage());
      return 2;
    }
    PathwayFiles shipped = PathwayFiles.shipped();
    List<Finding> findings = new PathwayCheck(shipped).check(change, shipped);
    out.println("Checked " + change.names().size() + " file" + (change.names().size() == 1 ? "" : "s") + " of "
        + Path.of(arguments[0]).toAbsolutePath().normalize() + ": " + String.join(", ", change.names()));
    print(findings, out);
    List<String> options = new ArrayList<>(List.of(arguments).subList(1, arguments.length));
    if (!options.remove(NO_SIMULATION)) {
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
          .compare(shipped, change.over(shipped), scenario)).described());
    }
    return findings.isEmpty() ? 0 : 1;
  }

  static void print(List<Finding> findings, PrintStream out) {
    if (findings.isEmpty()) {
      out.println("No finding: the change may be proposed.");
      return;
    }
    out.println(findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + ":");
    Map<String, List<Finding>> byFile = new TreeMap<>();
    findings.forEach(finding -> byFile.computeIfAbsent(finding.file(), file -> new java.util.ArrayList<>())
        .add(finding));
    byFile.forEach((file, inFile) -> {
      out.println(file);
      inFile.forEach(finding -> out.println("  - " + (finding.element() == null ? "" : finding.element() + ": ")
          + finding.problem()));
    });
  }
}
