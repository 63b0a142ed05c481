package org.ohtpathway.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * What {@link LoadSection} needs to know of a run beside Gatling's figures: how many staff of each
 * role, for how long, against what, and how busy the machine was before and after (the load
 * average counts other work on the machine too). Written to {@code target/gatling/last-run.properties}.
 */
final class RunRecord {

  static final Path FILE = Path.of("target", "gatling", "last-run.properties");

  private RunRecord() {
  }

  static void started(Staff staff) {
    Properties run = new Properties();
    run.setProperty("baseUrl", WorkingDaySimulation.BASE_URL);
    run.setProperty("staff", String.valueOf(WorkingDaySimulation.STAFF));
    staff.counts().forEach((role, count) -> run.setProperty("staff." + role.name().toLowerCase(), String.valueOf(count)));
    run.setProperty("minutes", String.valueOf(WorkingDaySimulation.MINUTES));
    run.setProperty("rampSeconds", String.valueOf(WorkingDaySimulation.RAMP_SECONDS));
    run.setProperty("started", Instant.now().toString());
    run.setProperty("loadAverageBefore", loadAverage());
    write(run);
  }

  static void ended() {
    Properties run = read();
    run.setProperty("ended", Instant.now().toString());
    run.setProperty("loadAverageAfter", loadAverage());
    write(run);
  }

  static Properties read() {
    Properties run = new Properties();
    if (Files.exists(FILE)) {
      try (var in = Files.newInputStream(FILE)) {
        run.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return run;
  }

  private static void write(Properties run) {
    try {
      Files.createDirectories(FILE.getParent());
      try (var out = Files.newOutputStream(FILE)) {
        run.store(out, "The last load test run");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1, 5 and 15 minute load averages, where the system says them (Linux). */
  private static String loadAverage() {
    try {
      Path file = Path.of("/proc/loadavg");
      if (!Files.exists(file)) {
        return "unknown";
      }
      String[] fields = Files.readString(file).trim().split(" ");
      return String.join(" ", fields[0], fields[1], fields[2]);
    } catch (IOException e) {
      return "unknown";
    }
  }
}
