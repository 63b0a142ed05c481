package org.ohtpathway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OhtPathwayApplication {

  public static void main(String[] args) {
    SpringApplication.run(OhtPathwayApplication.class, args);
  }
}
