package org.ohtpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.process.PathwayModel.TASK_AGREE_HEALTH_PLAN;
import static org.ohtpathway.process.PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_CONTACT_ATTEMPT;
import static org.ohtpathway.process.PathwayModel.TASK_RECORD_SUPPORT_SESSION;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.ServiceClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar invitations (.ics) of the allocation and appointment emails, through a real SMTP
 * server (GreenMail), read back with ical4j: the right day, time and place, a link to the case,
 * and nothing of the person's name or health.
 */
@MailTest
class InvitationEmailTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

  /** What staff typed about the person and their health; none of it may reach a calendar. */
  static final List<String> ENTERED = List.of("Alex", "Example", "Meet at the probation office", "Stop smoking",
      "quit date", "Register with a GP", "Fill in the registration form", "Talked through cravings", "Cut down",
      "job interview", "Wants help to stop smoking", "07700 900123", "Mentions a child", "duty line", "smok");

  @Autowired ProcessEngine engine;
  @Autowired NotificationProperties properties;

  Pathway pathway;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(london("2027-08-27T10:00"));
    pathway = new Pathway(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Date london(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ServiceClock.SERVICE_ZONE).toInstant());
  }

  record Invitation(String event, String filename, String contentType, String text, VEvent entry) {
  }

  @Test
  void theAllocationEmailCarriesAnAllDayEntryOnTheDayTheFirstContactIsDue() throws Exception {
    ProcessInstance referral = pathway.referAndAllocate();
    pathway.runJobs();
    Date due = pathway.task(referral, TASK_RECORD_CONTACT_ATTEMPT).getDueDate();

    Invitation invitation = invitation(referral, "allocated");
    assertThat(invitation.filename()).isEqualTo(referral.getBusinessKey() + ".ics");
    assertThat(invitation.contentType()).startsWith("text/calendar").contains("method=PUBLISH");
    assertThat(invitation.text()).contains("DTSTART;VALUE=DATE:");
    LocalDate dueDay = LocalDate.ofInstant(due.toInstant(), ServiceClock.SERVICE_ZONE);
    assertThat((Temporal) invitation.entry().getDateTimeStart().getDate()).isEqualTo(dueDay);
    assertThat((Temporal) invitation.entry().getDateTimeEnd().getDate()).isEqualTo(dueDay.plusDays(1));
    assertThat(value(invitation, Property.SUMMARY)).isEqualTo("OHT first contact due: " + referral.getBusinessKey());
    assertThat(value(invitation, Property.URL)).isEqualTo(caseLink(referral));
    assertNothingEntered(invitation);
  }

  @Test
  void theBookingEmailCarriesTheAppointmentAndARescheduledOneReplacesIt() throws Exception {
    ProcessInstance referral = pathway.referToAssessment();
    pathway.submit(referral, TASK_ASSESS_HEALTH_AND_WELLBEING, DemoUsers.TRAINER, Pathway.assessmentForm(true));
    Map<String, Object> plan = Pathway.planForm(2, 2);
    plan.put("appointmentPlace", "OTHER_VENUE");
    plan.remove("appointmentOffice");
    plan.put("appointmentVenue", "Community centre, 12 High Street, Rochdale OL16 1AA");
    plan.put("safetyContact", "Rochdale office duty line");
    plan.put("safetyCheckIn", "15:00");
    pathway.submit(referral, TASK_AGREE_HEALTH_PLAN, DemoUsers.TRAINER, plan);
    pathway.runJobs();

    Invitation booked = invitation(referral, "appointment-booked");
    assertThat(booked.filename()).isEqualTo(referral.getBusinessKey() + ".ics");
    assertThat(start(booked)).as("14:00 in London on 3 September 2027 (BST)")
        .isEqualTo(Instant.parse("2027-09-03T13:00:00Z"));
    assertThat(end(booked)).isEqualTo(Instant.parse("2027-09-03T13:45:00Z"));
    assertThat(value(booked, Property.LOCATION)).isEqualTo("Community centre, 12 High Street, Rochdale OL16 1AA");
    assertThat(value(booked, Property.SUMMARY)).isEqualTo("OHT appointment: " + referral.getBusinessKey());
    assertThat(value(booked, Property.URL)).isEqualTo(caseLink(referral));
    assertThat(value(booked, Property.DESCRIPTION)).contains(caseLink(referral));
    assertThat(value(booked, Property.SEQUENCE)).isEqualTo("0");
    assertNothingEntered(booked);

    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("RESCHEDULED"));
    pathway.runJobs();

    Invitation moved = invitation(referral, "appointment-rescheduled");
    assertThat(value(moved, Property.UID)).as("the same entry").isEqualTo(value(booked, Property.UID));
    assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");
    assertThat(start(moved)).as("10:30 in London on 29 August 2027").isEqualTo(Instant.parse("2027-08-29T09:30:00Z"));
    assertThat(value(moved, Property.LOCATION))
        .isEqualTo("Rochdale probation office, Town Hall Square, Rochdale OL16 1AB");
    assertNothingEntered(moved);
  }

  @Test
  void emailsOfEventsWithoutAnInvitationHaveNoAttachment() throws Exception {
    ProcessInstance referral = pathway.refer();
    pathway.runJobs();
    List<MimeMessage> received = List.of(smtp.getReceivedMessages());
    assertThat(received).filteredOn(message -> header(message).equals("referral-received")).isNotEmpty()
        .allSatisfy(message -> assertThat(attachments(message)).isEmpty());
    assertThat(referral).isNotNull();
  }

  /** Nothing staff entered, anywhere but the organiser (the service's own sending address, no-reply@oht-pathway.example). */
  static void assertNothingEntered(Invitation invitation) {
    assertThat(invitation.text()).contains("ORGANIZER:mailto:no-reply@oht-pathway.example");
    String text = invitation.text().replace("ORGANIZER:mailto:no-reply@oht-pathway.example", "");
    for (String entered : ENTERED) {
      assertThat(text).as("the invitation of %s", invitation.event()).doesNotContainIgnoringCase(entered);
    }
  }

  String caseLink(ProcessInstance referral) {
    return properties.baseUrl() + "/cases/" + referral.getBusinessKey();
  }

  static String value(Invitation invitation, String property) {
    return invitation.entry().getProperty(property).orElseThrow().getValue();
  }

  static Instant start(Invitation invitation) {
    return Instant.from(invitation.entry().getDateTimeStart().getDate());
  }

  static Instant end(Invitation invitation) {
    return Instant.from(invitation.entry().getDateTimeEnd().getDate());
  }

  /** The one email of {@code event} about the referral, its attachment parsed with ical4j. */
  Invitation invitation(ProcessInstance referral, String event) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getSubject().contains(referral.getBusinessKey()) && header(message).equals(event)) {
        found.add(message);
      }
    }
    assertThat(found).as("emails %s", event).hasSize(1);
    List<Part> parts = attachments(found.get(0));
    assertThat(parts).as("attachments of %s", event).hasSize(1);
    Part part = parts.get(0);
    String text;
    try (InputStream in = part.getInputStream()) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Calendar calendar = new CalendarBuilder().build(new java.io.StringReader(text));
    assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    return new Invitation(event, part.getFileName(), part.getContentType(), text, events.get(0));
  }

  static String header(MimeMessage message) {
    try {
      String[] event = message.getHeader(NotificationSender.EVENT_HEADER);
      return event == null ? "" : event[0];
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Part> attachments(Part part) throws Exception {
    List<Part> found = new ArrayList<>();
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
          found.add(child);
        } else {
          found.addAll(attachments(child));
        }
      }
    }
    return found;
  }
}
