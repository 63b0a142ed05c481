package org.ohtpathway.notification;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The emails GreenMail received, read as staff would. */
record Mailbox(List<Email> emails) {

  record Email(String event, String to, String subject, String body, String messageId) {
  }

  static Mailbox of(MimeMessage[] messages) {
    List<Email> emails = new ArrayList<>();
    for (MimeMessage message : messages) {
      try {
        String[] event = message.getHeader(NotificationSender.EVENT_HEADER);
        emails.add(new Email(event == null ? null : event[0],
            Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                .reduce((a, b) -> a + "," + b).orElse(""),
            message.getSubject(), GreenMailUtil.getBody(message), message.getMessageID()));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return new Mailbox(emails);
  }

  /** The emails about one referral (they all name its reference in the subject). */
  Mailbox about(String reference) {
    return new Mailbox(emails.stream().filter(email -> email.subject().contains(reference)).toList());
  }

  List<String> recipientsOf(String event) {
    return emails.stream().filter(email -> event.equals(email.event())).map(Email::to).toList();
  }
}
