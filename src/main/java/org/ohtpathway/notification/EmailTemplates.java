package org.ohtpathway.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The email of each event, from files a service manager can edit: {@code <event>.txt} (its
 * first line is {@code Subject: ...}) and optionally {@code <event>.html}. Files in
 * {@code oht.notifications.templates-dir} replace the built-in ones in
 * {@code notifications/}. Templates can use only {@code {{recipientName}}},
 * {@code {{referralReference}}}, {@code {{link}}}, {@code {{dueDate}}} and {@code {{reason}}}
 * (the label of a coded reason, never words someone typed): nothing about a person's health,
 * offences or sessions can reach an email.
 */
@Component
public class EmailTemplates {

  public static final List<String> PLACEHOLDERS = List.of("recipientName", "referralReference", "link", "dueDate",
      "reason");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
  private static final String SUBJECT = "Subject:";

  private final NotificationProperties properties;

  EmailTemplates(NotificationProperties properties) {
    this.properties = properties;
  }

  public record Email(String subject, String text, String html) {
  }

  public Email render(NotificationEvent event, Map<String, String> model) {
    String template = load(event.id() + ".txt")
        .orElseThrow(() -> new IllegalStateException("No email template " + event.id() + ".txt"));
    int endOfSubject = template.indexOf('\n');
    String firstLine = endOfSubject < 0 ? template : template.substring(0, endOfSubject);
    if (!firstLine.startsWith(SUBJECT)) {
      throw new IllegalStateException("Email template " + event.id() + ".txt must start with a line 'Subject: ...'");
    }
    String subject = fill(event, firstLine.substring(SUBJECT.length()).strip(), model, false);
    String text = fill(event, template.substring(endOfSubject + 1).strip() + "\n", model, false);
    String html = load(event.id() + ".html").map(body -> fill(event, body, model, true)).orElse(null);
    return new Email(subject, text, html);
  }

  private static String fill(NotificationEvent event, String template, Map<String, String> model, boolean html) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!PLACEHOLDERS.contains(name)) {
        throw new IllegalStateException("Email template of " + event.id() + " uses {{" + name
            + "}}; only " + PLACEHOLDERS + " are available");
      }
      String value = model.getOrDefault(name, "");
      matcher.appendReplacement(filled, Matcher.quoteReplacement(html ? HtmlUtils.htmlEscape(value) : value));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  Optional<String> load(String name) {
    try {
      if (properties.templatesDir() != null) {
        Path file = Path.of(properties.templatesDir(), name);
        if (Files.isRegularFile(file)) {
          return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      ClassPathResource builtIn = new ClassPathResource("notifications/" + name);
      if (!builtIn.exists()) {
        return Optional.empty();
      }
      try (InputStream in = builtIn.getInputStream()) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read email template " + name, e);
    }
  }
}
