package org.ohtpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile without a mail server writes each email to a file a user can open. */
@PathwayTest
class CapturedMailTest {

  @Autowired ProcessEngine engine;
  @Autowired NotificationProperties properties;

  @Test
  void theDemoWritesEachEmailToAnEmlFile() throws Exception {
    ProcessInstance referral = new Pathway(engine).refer();

    List<String> emails;
    try (Stream<Path> files = Files.list(Path.of(properties.captureDir()))) {
      emails = files.filter(file -> file.toString().endsWith(".eml")).map(file -> {
        try {
          return Files.readString(file);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).filter(text -> text.contains(referral.getBusinessKey())).toList();
    }
    assertThat(emails).singleElement().satisfies(email -> assertThat(email)
        .contains("To: colin@oht-pathway.example")
        .contains("X-OHT-Notification: referral-received")
        .containsPattern("Message-ID: <notification-\\d+@oht-pathway>")
        .contains("Dear Colin Cole"));
  }
}
