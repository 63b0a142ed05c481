package org.ohtpathway.notification;

import static org.ohtpathway.notification.NotificationEvent.Recipient.COORDINATORS;
import static org.ohtpathway.notification.NotificationEvent.Recipient.MANAGERS;
import static org.ohtpathway.notification.NotificationEvent.Recipient.PRACTITIONER;
import static org.ohtpathway.notification.NotificationEvent.Recipient.SAFEGUARDING_LEADS;
import static org.ohtpathway.notification.NotificationEvent.Recipient.TRAINER;
import static org.ohtpathway.notification.NotificationEvent.Recipient.TRAINER_AND_COORDINATORS;
import static org.ohtpathway.notification.NotificationEvent.Recipient.TRAINER_OR_COORDINATORS;

import java.util.Arrays;
import org.ohtpathway.process.PathwayModel;

/**
 * Each email the pathway sends: who receives it, and which task its link opens. The id is
 * the name of its template (notifications/&lt;id&gt;.txt) and what the BPMN's notification
 * events name in their input parameter {@code notification}.
 */
public enum NotificationEvent {
  REFERRAL_RECEIVED(COORDINATORS, PathwayModel.TASK_TRIAGE_AND_ALLOCATE),
  NOT_ELIGIBLE(PRACTITIONER, PathwayModel.TASK_READ_WHY_NOT_ELIGIBLE),
  ALLOCATED(TRAINER, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, Invitation.FIRST_CONTACT_DUE),
  ALLOCATION_REMINDER(COORDINATORS, PathwayModel.TASK_TRIAGE_AND_ALLOCATE),
  ALLOCATION_ESCALATION(MANAGERS, PathwayModel.TASK_TRIAGE_AND_ALLOCATE),
  TRIAGE_QUESTION(PRACTITIONER, PathwayModel.TASK_ANSWER_TRIAGE_QUESTION),
  TRIAGE_QUESTION_REMINDER(PRACTITIONER, PathwayModel.TASK_ANSWER_TRIAGE_QUESTION),
  TRIAGE_QUESTION_ESCALATION(COORDINATORS, null),
  TRIAGE_QUESTION_ANSWERED(COORDINATORS, PathwayModel.TASK_TRIAGE_AND_ALLOCATE),
  DECLINED_AT_TRIAGE(PRACTITIONER, null),
  FIRST_CONTACT_REMINDER(TRAINER, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT),
  FIRST_CONTACT_ESCALATION(COORDINATORS, PathwayModel.TASK_RECORD_CONTACT_ATTEMPT),
  ASSESSMENT_REMINDER(TRAINER, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING),
  ASSESSMENT_ESCALATION(COORDINATORS, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING),
  ASSESSMENT_DELAY(PRACTITIONER, null),
  HEALTH_PLAN_REMINDER(TRAINER, PathwayModel.TASK_AGREE_HEALTH_PLAN),
  SESSION_FEEDBACK_REMINDER(TRAINER, PathwayModel.TASK_RECORD_SUPPORT_SESSION),
  FOLLOW_UP_REMINDER(TRAINER, PathwayModel.TASK_FOLLOW_UP_ONWARD_REFERRAL),
  EXIT_SUMMARY_REMINDER(TRAINER, PathwayModel.TASK_WRITE_EXIT_SUMMARY),
  EXIT_SUMMARY_ESCALATION(COORDINATORS, PathwayModel.TASK_WRITE_EXIT_SUMMARY),
  SAFEGUARDING_CONCERN(SAFEGUARDING_LEADS, PathwayModel.TASK_ACT_ON_SAFEGUARDING_CONCERN),
  SAFEGUARDING_CONCERN_PRACTITIONER(PRACTITIONER, null),
  MISSED_SESSIONS(PRACTITIONER, null),
  EXIT_SUMMARY_READY(PRACTITIONER, PathwayModel.TASK_READ_EXIT_SUMMARY),
  WITHDRAWN(TRAINER_OR_COORDINATORS, null),
  CONSENT_WITHDRAWN(TRAINER_OR_COORDINATORS, null),
  REFERRAL_AMENDED(TRAINER_OR_COORDINATORS, null),
  REALLOCATED_AWAY(TRAINER, null),
  REALLOCATED(TRAINER, null),
  TRANSFERRED_AWAY(PRACTITIONER, null),
  TRANSFERRED(PRACTITIONER, null),
  LOOK_AGAIN(TRAINER_AND_COORDINATORS, null),
  CASE_ON_HOLD(TRAINER_AND_COORDINATORS, null),
  CASE_RESUMED(TRAINER_AND_COORDINATORS, null),
  NOT_ELIGIBLE_READ_REMINDER(PRACTITIONER, PathwayModel.TASK_READ_WHY_NOT_ELIGIBLE),
  REVIEW_REMINDER(TRAINER, PathwayModel.TASK_REVIEW_PROGRESS),
  REVIEW_ESCALATION(COORDINATORS, PathwayModel.TASK_REVIEW_PROGRESS),
  DISENGAGEMENT_REVIEW_REMINDER(TRAINER, PathwayModel.TASK_REVIEW_DISENGAGEMENT),
  DISENGAGEMENT_REVIEW_ESCALATION(COORDINATORS, PathwayModel.TASK_REVIEW_DISENGAGEMENT),
  EXIT_REMINDER(TRAINER, PathwayModel.TASK_RECORD_EXIT),
  EXIT_SUMMARY_READ_REMINDER(PRACTITIONER, PathwayModel.TASK_READ_EXIT_SUMMARY),
  SAFEGUARDING_ACTION_REMINDER(SAFEGUARDING_LEADS, PathwayModel.TASK_ACT_ON_SAFEGUARDING_CONCERN),
  SAFEGUARDING_ACTION_ESCALATION(MANAGERS, PathwayModel.TASK_ACT_ON_SAFEGUARDING_CONCERN),
  /** Sent by the case action "End support" when someone else than the Health Trainer took it. */
  SUPPORT_ENDED(TRAINER, PathwayModel.TASK_RECORD_EXIT),
  APPOINTMENT_BOOKED(TRAINER, PathwayModel.TASK_RECORD_SUPPORT_SESSION, Invitation.APPOINTMENT),
  APPOINTMENT_RESCHEDULED(TRAINER, PathwayModel.TASK_RECORD_SUPPORT_SESSION, Invitation.APPOINTMENT);

  /** The calendar invitation ({@code .ics}) an email carries, made when it is sent. */
  public enum Invitation {
    NONE,
    /** An all-day entry on the day the task the email links to is due. */
    FIRST_CONTACT_DUE,
    /** The appointment the notification names, as it stands. */
    APPOINTMENT
  }

  /** Whom an event is for: a person of the referral, or a team. */
  public enum Recipient {
    PRACTITIONER, TRAINER, TRAINER_OR_COORDINATORS, TRAINER_AND_COORDINATORS, COORDINATORS, MANAGERS,
    SAFEGUARDING_LEADS
  }

  private final Recipient recipient;
  private final String taskKey;
  private final Invitation invitation;

  NotificationEvent(Recipient recipient, String taskKey) {
    this(recipient, taskKey, Invitation.NONE);
  }

  NotificationEvent(Recipient recipient, String taskKey, Invitation invitation) {
    this.recipient = recipient;
    this.taskKey = taskKey;
    this.invitation = invitation;
  }

  public Invitation invitation() {
    return invitation;
  }

  public String id() {
    return name().toLowerCase().replace('_', '-');
  }

  /** The event in words, for the case's timeline: "referral received", "exit summary ready". */
  public String label() {
    String words = name().toLowerCase().replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Whom the email went to, as a role. */
  public String recipientLabel() {
    return switch (recipient) {
      case PRACTITIONER -> "the probation practitioner";
      case TRAINER -> "the Health Trainer";
      case TRAINER_OR_COORDINATORS -> "the Health Trainer (or the coordinators)";
      case TRAINER_AND_COORDINATORS -> "the Health Trainer and the coordinators";
      case COORDINATORS -> "the OHT coordinators";
      case MANAGERS -> "the service managers";
      case SAFEGUARDING_LEADS -> "the safeguarding leads";
    };
  }

  public Recipient recipient() {
    return recipient;
  }

  /** The task the email links to, or null for a link to Tasklist. */
  public String taskKey() {
    return taskKey;
  }

  public static NotificationEvent byId(String id) {
    return Arrays.stream(values()).filter(event -> event.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No notification event '" + id + "'"));
  }
}
