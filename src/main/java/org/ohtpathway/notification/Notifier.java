package org.ohtpathway.notification;

import java.time.LocalDate;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.progress.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.ohtpathway.process.Actor;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the emails an event of a referral calls for, and queues an {@link EmailJob} for each:
 * the sending runs after the event's transaction commits, in a job of its own with retries, so
 * a mail server that is down never holds up or loses the referral, and an event that is rolled
 * back sends nothing.
 */
@Service
@Transactional
public class Notifier implements CaseStage {

  private final NotificationRepository notifications;
  private final NotificationProperties properties;
  private final IdentityService identity;
  private final CommandExecutor commands;
  private final CaseProgress progress;

  Notifier(NotificationRepository notifications, NotificationProperties properties,
      IdentityService identity, ProcessEngineConfigurationImpl engine, CaseProgress progress) {
    this.progress = progress;
    this.notifications = notifications;
    this.properties = properties;
    this.identity = identity;
    this.commands = engine.getCommandExecutorTxRequired();
  }

  public void notify(NotificationEvent event, DelegateExecution execution) {
    send(event, new Case(PathwayVariables.REFERRAL_ID.requiredFrom(execution),
        PathwayVariables.REFERRAL_REFERENCE.from(execution), execution.getProcessInstanceId(),
        PathwayVariables.TRAINER_ID.from(execution), PathwayVariables.REFERRER_ID.from(execution)), null);
  }

  /**
   * An event a stage's service raises as it records something (an appointment booked), rather
   * than a notification event of the BPMN; the case's people are as {@link CaseProgress} holds
   * them now. {@code appointmentId} names the appointment of the email's invitation, if any.
   */
  public void notify(NotificationEvent event, Long referralId, Long appointmentId) {
    ReferralProgress now = progress.get(referralId);
    send(event, new Case(referralId, now.getReference(), now.getProcessInstanceId(), now.getTrainerId(),
        now.getPractitionerId()), appointmentId);
  }

  /** Whom an event of one case concerns. */
  private record Case(Long referralId, String reference, String processInstanceId, String trainerId,
      String referrerId) {
  }

  private void send(NotificationEvent event, Case of, Long appointmentId) {
    if (!properties.sends(event)) {
      return;
    }
    for (Recipient recipient : recipients(event, of)) {
      Notification notification = notifications.save(new Notification(event, of.referralId(),
          of.processInstanceId(), recipient.userId(), recipient.groupId(), Actor.current(),
          ServiceClock.now()).about(appointmentId));
      commands.execute(commandContext -> {
        EmailJob.queue(commandContext, notification.getId(), of.processInstanceId());
        return null;
      });
    }
  }

  private record Recipient(String userId, String groupId) {
  }

  private List<Recipient> recipients(NotificationEvent event, Case of) {
    String trainer = of.trainerId();
    return switch (event.recipient()) {
      case PRACTITIONER -> List.of(new Recipient(of.referrerId(), null));
      case TRAINER -> List.of(new Recipient(trainer, null));
      case TRAINER_OR_COORDINATORS -> trainer != null
          ? List.of(new Recipient(trainer, null)) : team(Groups.COORDINATORS);
      case TRAINER_AND_COORDINATORS -> {
        List<Recipient> both = new ArrayList<>();
        if (trainer != null) {
          both.add(new Recipient(trainer, null));
        }
        both.addAll(team(Groups.COORDINATORS));
        yield both;
      }
      case COORDINATORS -> team(Groups.COORDINATORS);
      case MANAGERS -> team(Groups.MANAGERS);
      case SAFEGUARDING_LEADS -> team(Groups.SAFEGUARDING_LEADS);
    };
  }

  /**
   * The team's shared mailbox if it has one, else each member. A team with neither still
   * gets a notification, which fails when sent and shows as an incident, rather than none.
   */
  private List<Recipient> team(String groupId) {
    if (properties.mailboxes().containsKey(groupId)) {
      return List.of(new Recipient(null, groupId));
    }
    List<Recipient> members = new ArrayList<>();
    for (User member : AsSystem.call(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc()
        .list())) {
      members.add(new Recipient(member.getId(), groupId));
    }
    return members.isEmpty() ? List.of(new Recipient(null, groupId)) : members;
  }

  /** Each email the case called for: which event, to which role; never what it said. */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    return notificationsOf(referralId).stream().map(sent -> TimelineEntry.of(
        LocalDate.ofInstant(sent.getRecordedAt(), ServiceClock.SERVICE_ZONE), sent.getRecordedAt(),
        "Email: " + sent.getEvent().label() + ", to " + sent.getEvent().recipientLabel(), sent.getRecordedBy(),
        Audience.OPERATIONAL)).toList();
  }

  /** A notification holds no content, only the event and its recipient: nothing to remove. */
  @Override
  public void minimise(Long referralId) {
  }

  @Transactional(readOnly = true)
  public List<Notification> notificationsOf(Long referralId) {
    return notifications.findByReferralIdOrderByIdAsc(referralId);
  }
}
