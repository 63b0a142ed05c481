package org.ohtpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailTemplatesTest {

  static final Map<String, String> MODEL = Map.of("recipientName", "Tina Trent",
      "referralReference", "OHT-2026-000042", "link", "http://localhost:8080/x", "dueDate", "Monday 7 September 2026, 17:00");

  static EmailTemplates templates(String dir) {
    return new EmailTemplates(new NotificationProperties("http://localhost:8080", "from@example.org",
        Map.of(), Set.of(), dir, "R5/PT5M", "target/mail"));
  }

  @Test
  void everyEventHasATemplateWithASubjectTheRecipientAndTheReference() {
    for (NotificationEvent event : NotificationEvent.values()) {
      EmailTemplates.Email email = templates(null).render(event, MODEL);
      assertThat(email.subject()).as(event.id()).contains("OHT-2026-000042");
      assertThat(email.text()).as(event.id()).contains("Dear Tina Trent").contains("http://localhost:8080/x");
    }
  }

  @Test
  void templatesUseOnlyTheSafePlaceholders() throws Exception {
    Pattern placeholder = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
    for (NotificationEvent event : NotificationEvent.values()) {
      for (String suffix : new String[] {".txt", ".html"}) {
        String template = templates(null).load(event.id() + suffix).orElse("");
        Matcher matcher = placeholder.matcher(template);
        while (matcher.find()) {
          assertThat(EmailTemplates.PLACEHOLDERS).as("%s%s", event.id(), suffix).contains(matcher.group(1));
        }
      }
    }
  }

  @Test
  void aTemplateInTheTemplatesFolderReplacesTheBuiltInOne(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("allocated.txt"), "Subject: Yours: {{referralReference}}\n\nHello {{recipientName}}.\n");

    EmailTemplates.Email email = templates(dir.toString()).render(NotificationEvent.ALLOCATED, MODEL);

    assertThat(email.subject()).isEqualTo("Yours: OHT-2026-000042");
    assertThat(email.text()).isEqualTo("Hello Tina Trent.\n");
  }

  @Test
  void aTemplateAskingForAnythingElseIsRefused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("allocated.txt"), "Subject: {{referralReference}}\n\n{{assessmentNotes}}\n");

    assertThatThrownBy(() -> templates(dir.toString()).render(NotificationEvent.ALLOCATED, MODEL))
        .hasMessageContaining("{{assessmentNotes}}");
  }

  @Test
  void valuesInAnHtmlTemplateAreEscaped() {
    EmailTemplates.Email email = templates(null).render(NotificationEvent.SAFEGUARDING_CONCERN,
        Map.of("recipientName", "<b>Sam</b>", "referralReference", "OHT-2026-000042", "link", "x", "dueDate", ""));

    assertThat(email.html()).contains("&lt;b&gt;Sam&lt;/b&gt;").doesNotContain("<b>Sam</b>");
  }
}
