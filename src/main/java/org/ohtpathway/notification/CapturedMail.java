package org.ohtpathway.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import org.ohtpathway.process.ServiceClock;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo profile's mail server when none is configured: each email is written to a
 * {@code .eml} file that any mail program or text editor opens.
 */
class CapturedMail extends JavaMailSenderImpl {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final Path folder;

  CapturedMail(Path folder) {
    this.folder = folder;
  }

  @Override
  protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
    for (MimeMessage message : messages) {
      Path file = folder.resolve(STAMP.format(ServiceClock.now().atZone(ServiceClock.SERVICE_ZONE))
          + "-" + SEQUENCE.incrementAndGet() + ".eml");
      try {
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
          message.setHeader("Message-ID", messageId);
        }
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(file)) {
          message.writeTo(out);
        }
      } catch (IOException | MessagingException e) {
        throw new MailSendException("Cannot write the email to " + file, e);
      }
    }
  }
}
