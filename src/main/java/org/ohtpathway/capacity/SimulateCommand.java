package org.ohtpathway.capacity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ohtpathway.config.PathwayProperties;
import org.ohtpathway.deadline.DeadlineProperties;
import org.ohtpathway.deadline.WorkingDayCalendar;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar oht-pathway.jar simulate [--option=value ...]}: runs the capacity simulator
 * with the service's own settings (deadlines, bank holidays, pathway rules from application.yaml
 * and the environment, as the application would read them) and writes its CSV and HTML page.
 * Options: see {@link Scenario#fromArguments} and docs/capacity.md; {@code --out=folder} (default
 * {@code simulation}). Starts neither the web server nor the application's database.
 */
public final class SimulateCommand {

  private SimulateCommand() {
  }

  /** The settings the simulator reads: only these are bound, nothing else of the application starts. */
  @EnableConfigurationProperties({DeadlineProperties.class, PathwayProperties.class})
  static class Settings {
  }

  /**
   * The simulator with the service's own settings, read as the application reads them, for as
   * long as {@code use} runs.
   */
  public static <T> T withServiceSettings(java.util.function.Function<CapacitySimulator, T> use) {
    try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
        .properties("logging.level.root=WARN").run()) {
      DeadlineProperties deadlines = settings.getBean(DeadlineProperties.class);
      return use.apply(new CapacitySimulator(deadlines, WorkingDayCalendar.fromFiles(deadlines.holidayFiles()),
          settings.getBean(PathwayProperties.class)));
    }
  }

  /** Runs it; returns the process's exit code (0, or 2 when an option is wrong). */
  public static int run(String[] arguments) {
    List<String> options = new ArrayList<>(List.of(arguments));
    Path out = Path.of(options.stream().filter(option -> option.startsWith("--out=")).findFirst()
        .map(option -> option.substring("--out=".length())).orElse("simulation"));
    Scenario scenario;
    try {
      scenario = Scenario.fromArguments(options);
    } catch (IllegalArgumentException e) {
      System.err.println("Cannot simulate: " + e.getMessage());
      return 2;
    }
    try {
      SimulationResult result = withServiceSettings(simulator -> simulator.run(scenario, System.out::println));
      System.out.print(SimulationReport.summary(result));
      for (Path file : SimulationReport.write(result, out)) {
        System.out.println("Written: " + file.toAbsolutePath().normalize());
      }
      return 0;
    } catch (java.io.IOException e) {
      System.err.println("Cannot write the results to " + out.toAbsolutePath() + ": " + e.getMessage());
      return 1;
    }
  }
}
