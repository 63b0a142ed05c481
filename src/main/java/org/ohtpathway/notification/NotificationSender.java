package org.ohtpathway.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Writes and sends the email of one notification, once. */
@Service
public class NotificationSender {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  /** Names the event, so that mail programs can sort the emails by it. */
  public static final String EVENT_HEADER = "X-OHT-Notification";

  private final NotificationRepository notifications;
  private final DeliveryLog deliveries;
  private final EmailTemplates templates;
  private final NotificationProperties properties;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final IdentityService identity;
  private final TaskService tasks;
  private final ReferralService referrals;
  private final CaseProgress progress;
  private final ObjectProvider<CalendarEntries> calendarEntries;
  private final List<CodedReasons> reasons;

  NotificationSender(NotificationRepository notifications, DeliveryLog deliveries, EmailTemplates templates,
      NotificationProperties properties, ObjectProvider<JavaMailSender> mailSender, IdentityService identity,
      TaskService tasks, ReferralService referrals, CaseProgress progress,
      ObjectProvider<CalendarEntries> calendarEntries, List<CodedReasons> reasons) {
    this.progress = progress;
    this.calendarEntries = calendarEntries;
    this.reasons = reasons;
    this.notifications = notifications;
    this.deliveries = deliveries;
    this.templates = templates;
    this.properties = properties;
    this.mailSender = mailSender;
    this.identity = identity;
    this.tasks = tasks;
    this.referrals = referrals;
  }

  private record Addressee(String name, String address) {
  }

  public void send(Long notificationId) {
    if (deliveries.delivered(notificationId)) {
      return;
    }
    Notification notification = notifications.findById(notificationId)
        .orElseThrow(() -> new IllegalStateException("No notification " + notificationId));
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("No mail server is configured: set spring.mail.host");
    }
    Referral referral = referrals.get(notification.getReferralId());
    Addressee to = addressee(notification, referral);
    Task task = openTask(notification);
    EmailTemplates.Email email = templates.render(notification.getEvent(), Map.of(
        "recipientName", to.name(),
        "referralReference", referral.getReference(),
        "link", properties.baseUrl() + TASKLIST + (task == null ? "" : "#/?task=" + task.getId()),
        "dueDate", task == null || task.getDueDate() == null ? ""
            : DUE.format(task.getDueDate().toInstant().atZone(ServiceClock.SERVICE_ZONE)),
        "reason", reasonOf(notification)));
    String messageId = "<notification-" + notificationId + "@oht-pathway>";
    Optional<CalendarEntry> invitation = invitation(notification, referral, task);
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, email.html() != null || invitation.isPresent(),
          "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(to.address());
      helper.setSubject(email.subject());
      if (email.html() == null) {
        helper.setText(email.text());
      } else {
        helper.setText(email.text(), email.html());
      }
      if (invitation.isPresent()) {
        byte[] ics = CalendarInvitation.write(invitation.get(), organizer()).getBytes(StandardCharsets.UTF_8);
        helper.addAttachment(referral.getReference() + ".ics", new ByteArrayResource(ics),
            CalendarInvitation.CONTENT_TYPE);
      }
      message.setHeader("Message-ID", messageId);
      message.setHeader(EVENT_HEADER, notification.getEvent().id());
      sender.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot write the email of notification " + notificationId, e);
    }
    deliveries.record(notificationId, to.address(), messageId);
  }

  private Addressee addressee(Notification notification, Referral referral) {
    String userId = notification.getRecipientUserId();
    if (userId == null) {
      String groupId = notification.getRecipientGroupId();
      String mailbox = properties.mailboxes().get(groupId);
      if (mailbox == null) {
        throw new IllegalStateException("The group " + groupId + " has no members and no mailbox"
            + " (oht.notifications.mailboxes." + groupId + ")");
      }
      Group group = AsSystem.call(() -> identity.createGroupQuery().groupId(groupId).singleResult());
      return new Addressee(group == null ? groupId : group.getName(), mailbox);
    }
    User user = AsSystem.call(() -> identity.createUserQuery().userId(userId).singleResult());
    String address = user == null ? null : user.getEmail();
    // The address typed on the referral form is the referring practitioner's own: it stands in
    // for their account's only while they hold the case (CaseProgress), never for whomever the
    // case was transferred to.
    if ((address == null || address.isBlank()) && userId.equals(referral.getRecordedBy())
        && progress.of(referral.getId()).map(ReferralProgress::getPractitionerId).filter(userId::equals).isPresent()) {
      address = referral.getPractitionerEmail();
    }
    if (address == null || address.isBlank()) {
      throw new IllegalStateException("The user " + userId + " has no email address in the identity service");
    }
    String name = user == null ? referral.getPractitionerName()
        : (user.getFirstName() + " " + user.getLastName()).strip();
    return new Addressee(name, address);
  }

  /**
   * The calendar entry of the email, made now from the records the notification names (never
   * from anything stored with the notification): the appointment as it stands, or for the
   * allocation an all-day entry on the day the first contact attempt is due.
   */
  private Optional<CalendarEntry> invitation(Notification notification, Referral referral, Task task) {
    String caseLink = properties.baseUrl() + "/cases/" + referral.getReference();
    return switch (notification.getEvent().invitation()) {
      case NONE -> Optional.empty();
      case FIRST_CONTACT_DUE -> task == null || task.getDueDate() == null ? Optional.empty()
          : Optional.of(CalendarEntry.allDay("first-contact-" + referral.getId() + "@oht-pathway",
              "OHT first contact due: " + referral.getReference(),
              LocalDate.ofInstant(task.getDueDate().toInstant(), ServiceClock.SERVICE_ZONE),
              "The first contact attempt of referral " + referral.getReference() + " is due by the end of this day."
                  + " Case: " + caseLink, caseLink));
      case APPOINTMENT -> notification.getAppointmentId() == null ? Optional.empty()
          : calendarEntries.stream().findFirst()
              .flatMap(entries -> entries.appointment(notification.getAppointmentId(), caseLink));
    };
  }

  /** The label of the coded reason the event is about, from the stage that recorded it; empty if none. */
  private String reasonOf(Notification notification) {
    return reasons.stream().map(stage -> stage.reasonFor(notification.getEvent(), notification.getReferralId()))
        .flatMap(Optional::stream).findFirst().orElse("");
  }

  /** The bare address of {@code oht.notifications.from} ("OHT Pathway <no-reply@...>"). */
  private String organizer() {
    try {
      return new jakarta.mail.internet.InternetAddress(properties.from()).getAddress();
    } catch (jakarta.mail.internet.AddressException e) {
      throw new IllegalStateException("oht.notifications.from is not an email address: " + properties.from(), e);
    }
  }

  /** The newest open task the email is about, if the event links to one. */
  private Task openTask(Notification notification) {
    String taskKey = notification.getEvent().taskKey();
    if (taskKey == null) {
      return null;
    }
    return AsSystem.call(() -> tasks.createTaskQuery().processInstanceId(notification.getPathwayInstanceId())
        .taskDefinitionKey(taskKey).list()).stream()
        .max(Comparator.comparing(Task::getCreateTime))
        .orElse(null);
  }
}
