package org.ohtpathway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** docs/performance.md, where every benchmark writes its figures into a section of its own. */
public final class PerformanceDoc {

  public static final Path FILE = Path.of("docs/performance.md");

  private PerformanceDoc() {
  }

  /** The date and the machine a benchmark ran on: system, processor, cores, Java and heap. */
  public static String machine() {
    return String.format(Locale.ROOT, "%s, %s %s, %s, %d cores, Java %s, heap up to %,d MB", LocalDate.now(),
        System.getProperty("os.name"), System.getProperty("os.arch"), processor(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  /** The processor's name as Linux reports it, where it does. */
  private static String processor() {
    try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(line -> line.startsWith("model name")).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("processor unknown");
    } catch (IOException | RuntimeException e) {
      return "processor unknown";
    }
  }

  /**
   * Replaces the section between {@code <!-- name:start -->} and {@code <!-- name:end -->} of
   * the file (or adds it at the end), keeping the rest. {@code section} holds both markers.
   */
  public static void replaceSection(Path file, String name, String section) throws IOException {
    String startMarker = startMarker(name);
    String endMarker = endMarker(name);
    String text = Files.exists(file) ? Files.readString(file)
        : "# Performance\n\nFigures measured by the benchmarks in `src/test/java`; each says how to run it again.\n\n";
    int start = text.indexOf(startMarker);
    int end = text.indexOf(endMarker);
    text = start >= 0 && end > start
        ? text.substring(0, start) + section + text.substring(end + endMarker.length() + 1)
        : text + "\n" + section;
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * How to run a benchmark again: {@code mvn test} of the test class, with the database switch and
   * each {@code -Dbenchmark.} option whose value differs from its default ({@code extra} as given).
   */
  public static String command(String testClass, String extra, String[] names, int[] values, int[] defaults) {
    StringBuilder command = new StringBuilder("mvn test -Dtest=" + testClass + " -Dsurefire.failIfNoSpecifiedTests=false");
    if (TestDatabase.postgres()) {
      command.append(" -Doht.test.database=postgres");
    }
    command.append(extra).append(heapOption());
    for (int i = 0; i < values.length; i++) {
      if (values[i] != defaults[i]) {
        command.append(" -Dbenchmark.").append(names[i]).append('=').append(values[i]);
      }
    }
    return command.toString();
  }

  /**
   * The option that gave the test JVM its heap, when it is not the 1 GB of {@code test.heap}'s
   * default in pom.xml (whole gigabytes).
   */
  public static String heapOption() {
    long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return megabytes > 1536 ? " -Dtest.heap=" + Math.round(megabytes / 1024.0) + "g" : "";
  }

  public static String startMarker(String name) {
    return "<!-- " + name + ":start -->";
  }

  public static String endMarker(String name) {
    return "<!-- " + name + ":end -->";
  }
}
