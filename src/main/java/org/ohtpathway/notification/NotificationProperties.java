package org.ohtpathway.notification;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email settings of the service ({@code oht.notifications.*}); the mail server itself is
 * Spring's {@code spring.mail.*}.
 *
 * @param baseUrl where staff reach the application; links in emails start with it
 * @param from the sender of every email
 * @param mailboxes a shared inbox per group id; a group without one gets an email per member
 * @param switchedOff ids of events that send no email
 * @param templatesDir a folder whose templates replace the built-in ones of the same name
 * @param retryCycle how a failed send is retried before it becomes an incident
 * @param captureDir where the demo profile writes emails when no mail server is configured
 */
@ConfigurationProperties("oht.notifications")
public record NotificationProperties(
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("OHT Pathway <no-reply@oht-pathway.example>") String from,
    @DefaultValue Map<String, String> mailboxes,
    @DefaultValue Set<String> switchedOff,
    String templatesDir,
    @DefaultValue("R5/PT5M") String retryCycle,
    @DefaultValue("./data/mail") String captureDir) {

  public boolean sends(NotificationEvent event) {
    return !switchedOff.contains(event.id());
  }
}
