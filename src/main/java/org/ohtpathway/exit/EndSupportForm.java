package org.ohtpathway.exit;

import org.ohtpathway.form.ShownDates;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.casework.ActionField;
import org.ohtpathway.casework.CaseActionForm;
import org.ohtpathway.form.CodedOptions;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.form.TextColumn;
import org.ohtpathway.notification.NotificationEvent;
import org.ohtpathway.notification.Notifier;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.process.SystemCommands;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.progress.Stage;
import org.ohtpathway.referral.Referral;
import org.springframework.stereotype.Component;

/**
 * Case action "End support" (the Health Trainer, coordinators): at any time after the
 * assessment, when the person moved away, was recalled to custody, died or no longer wishes to
 * take part. The pathway leaves the plan, the sessions or the review it is at and goes to the
 * exit, whose form starts with the reason and the day given here.
 */
@Component
class EndSupportForm implements CaseActionForm {

  private static final Set<Stage> AFTER_THE_ASSESSMENT = EnumSet.of(Stage.ASSESSMENT, Stage.PLAN, Stage.SESSIONS,
      Stage.REVIEW);

  private final ExitService exits;
  private final CaseProgress progress;
  private final PathwayMessages messages;
  private final Notifier notifier;
  private final SystemCommands system;

  EndSupportForm(ExitService exits, CaseProgress progress, PathwayMessages messages, Notifier notifier,
      SystemCommands system) {
    this.notifier = notifier;
    this.system = system;
    this.exits = exits;
    this.progress = progress;
    this.messages = messages;
  }

  @Override public String id() { return "end-support"; }

  @Override public String label() { return "End support"; }

  @Override public CaseAction action() { return CaseAction.END_SUPPORT; }

  /**
   * After the assessment and while support goes on (the pathway waits at the plan, a session or a
   * review, not yet at the exit); a case on hold is resumed first.
   */
  @Override
  public boolean appliesTo(ReferralProgress progress) {
    return progress.isOpen() && !progress.isOnHold() && AFTER_THE_ASSESSMENT.contains(progress.getStage())
        && messages.canReceive(progress.getProcessInstanceId(), PathwayModel.MESSAGE_SUPPORT_ENDED);
  }

  @Override
  public List<ActionField> fields(Referral referral) {
    return List.of(
        ActionField.select("reason", "Why support ends", true, null, CodedOptions.of(SupportEndingReason.class)),
        ActionField.textarea("reasonOther", "Other reason (when the reason is other)", false, null),
        ActionField.date("endedOn", "Support ended on", true, ServiceClock.today().toString()));
  }

  @Override
  public String take(Referral referral, FormInput in, String actor) {
    SupportEndingReason reason = in.code("reason", "Why support ends", SupportEndingReason.class);
    String other = reason == SupportEndingReason.OTHER
        ? in.requiredText("reasonOther", "Other reason (when the reason is other)", TextColumn.PARAGRAPH) : null;
    LocalDate endedOn = in.requiredDate("endedOn", "Support ended on");
    if (endedOn != null) {
      in.check(!endedOn.isAfter(ServiceClock.today()), "Support ended on", "cannot be in the future.");
      progress.reachedOn(referral.getId(), Milestone.ASSESSED).ifPresent(assessed -> in.check(
          !endedOn.isBefore(assessed), "Support ended on", "cannot be before the assessment (" + ShownDates.day(assessed) + ")."));
    }
    in.check(messages.canReceive(referral.getProcessInstanceId(), PathwayModel.MESSAGE_SUPPORT_ENDED), "Why support ends",
        "support has already ended for referral " + referral.getReference() + ": record the exit from its task.");
    in.requireValid();
    exits.endSupport(referral.getId(), reason, other, endedOn, actor);
    messages.send(referral.getProcessInstanceId(), PathwayModel.MESSAGE_SUPPORT_ENDED);
    if (!actor.equals(progress.get(referral.getId()).getTrainerId())) {
      // Its email job is started by the pathway, not by the user taking the action.
      system.run(() -> notifier.notify(NotificationEvent.SUPPORT_ENDED, referral.getId(), null));
    }
    return "Support for referral " + referral.getReference() + " has ended; record the exit and its outcomes"
        + " from the task \"Record exit and outcomes\".";
  }
}
