package org.ohtpathway;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OhtPathwayApplication {

  public static void main(String[] args) {
    // The engine stores dates without a zone, in the JVM's: every node must use the same one.
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    SpringApplication.run(OhtPathwayApplication.class, args);
  }
}
