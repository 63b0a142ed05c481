package org.ohtpathway;

import java.util.Arrays;
import java.util.TimeZone;
import org.ohtpathway.capacity.SimulateCommand;
import org.ohtpathway.change.CheckPathwayCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OhtPathwayApplication {

  public static void main(String[] args) {
    // The engine stores dates without a zone, in the JVM's: every node must use the same one.
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    if (args.length > 0 && args[0].equals("simulate")) {
      System.exit(SimulateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args.length > 0 && args[0].equals("check-pathway")) {
      System.exit(CheckPathwayCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
    }
    SpringApplication.run(OhtPathwayApplication.class, args);
  }
}
