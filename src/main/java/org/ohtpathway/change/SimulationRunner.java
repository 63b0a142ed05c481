package org.ohtpathway.change;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ohtpathway.OhtPathwayApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the capacity simulator on a proposed change beside the pathway as it stands, in a Java
 * process of its own ({@code check-pathway --simulation-only}): the simulator works in simulated
 * time by moving the engine's clock, which is shared by everything in one JVM, so it must never
 * run beside the live engine. Answers the comparison as text, or why it could not run.
 */
final class SimulationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SimulationRunner.class);

  private final List<String> scenario;
  private final long timeoutSeconds;

  /**
   * @param scenario the simulator's options (such as {@code --months=3})
   */
  SimulationRunner(List<String> scenario, long timeoutSeconds) {
    this.scenario = List.copyOf(scenario);
    this.timeoutSeconds = timeoutSeconds;
  }

  /** One simulation at a time on a node: each is a JVM of its own, and the job executor's threads are for referrals. */
  private static final Semaphore ONE_AT_A_TIME = new Semaphore(1);

  String compare(PathwayFiles current, PathwayFiles changed) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    try {
      if (!ONE_AT_A_TIME.tryAcquire(timeoutSeconds, TimeUnit.SECONDS)) {
        return "The simulator was busy with other changes for " + timeoutSeconds + " s, so there is no comparison.";
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return "The simulation was interrupted.";
    }
    try {
      return run(current, changed, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime())));
    } finally {
      ONE_AT_A_TIME.release();
    }
  }

  private String run(PathwayFiles current, PathwayFiles changed, long seconds) {
    Path work = null;
    try {
      work = Files.createTempDirectory("oht-pathway-change");
      Path currentFolder = write(current, work.resolve("current"));
      Path changedFolder = write(changed, work.resolve("changed"));
      List<String> command = new ArrayList<>(javaCommand());
      command.addAll(List.of("check-pathway", changedFolder.toString(), CheckPathwayCommand.COMPLETE,
          CheckPathwayCommand.SIMULATION_ONLY, CheckPathwayCommand.CURRENT + currentFolder));
      command.addAll(scenario);
      Path output = work.resolve("output.txt");
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "The simulator did not finish within " + timeoutSeconds + " s, so there is no comparison.";
      }
      String printed = Files.readString(output, StandardCharsets.UTF_8);
      int start = printed.indexOf("Simulated ");
      if (process.exitValue() > 1 || start < 0) {
        LOG.warn("The simulation of a change failed (exit {}): {}", process.exitValue(), printed);
        return "The simulator could not run the changed pathway (the node's log says why): treat its effect on"
            + " the service as unknown.";
      }
      return printed.substring(start);
    } catch (IOException failed) {
      LOG.warn("The simulation of a change could not start", failed);
      return "The simulator could not start on this node (its log says why).";
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return "The simulation was interrupted.";
    } finally {
      delete(work);
    }
  }

  private static Path write(PathwayFiles files, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String name : files.names()) {
      Files.write(folder.resolve(name), files.get(name));
    }
    return folder;
  }

  /** This application, as it was started: its jar, or its classes and libraries. */
  private static List<String> javaCommand() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    URL location = OhtPathwayApplication.class.getProtectionDomain().getCodeSource().getLocation();
    String where = location.toString();
    if (where.startsWith("jar:nested:")) {
      String jar = where.substring("jar:nested:".length(), where.indexOf("/!"));
      return List.of(java, "-Xmx512m", "-jar", jar);
    }
    return List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        OhtPathwayApplication.class.getName());
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
