package org.ohtpathway.hold;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.ohtpathway.deadline.DeadlineProperties;
import org.ohtpathway.deadline.WorkingDayCalendar;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.OpenTasks;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.progress.TimelineEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts cases on hold and resumes them. While a case is on hold its deadline timers (reminders,
 * escalations, follow-ups due) are suspended, so nobody is chased for work that cannot be done;
 * on resume they run again, each moved on by the working days the case was held, and so are the
 * due dates of its open tasks. The hold's own reminder ({@code BoundaryEvent_LookAgainDue}) is
 * never suspended.
 */
@Service("caseHoldService")
@Transactional
public class CaseHoldService implements CaseStage {

  private final CaseHoldRepository holds;
  private final CaseProgress progress;
  private final ManagementService management;
  private final OpenTasks tasks;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties deadlines;

  CaseHoldService(CaseHoldRepository holds, CaseProgress progress, ManagementService management, OpenTasks tasks,
      WorkingDayCalendar calendar, DeadlineProperties deadlines) {
    this.holds = holds;
    this.progress = progress;
    this.management = management;
    this.tasks = tasks;
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  public CaseHold hold(Long referralId, HoldReason reason, String detail, LocalDate lookAgainOn, String actor) {
    CaseHold hold = holds.save(new CaseHold(referralId, reason, detail, ServiceClock.today(), lookAgainOn, actor,
        ServiceClock.now()));
    progress.held(referralId, reason.name(), hold.getHeldSince(), lookAgainOn);
    return hold;
  }

  public CaseHold resume(Long referralId, String actor) {
    CaseHold hold = current(referralId);
    hold.resume(ServiceClock.today(), calendar.workingDaysBetween(hold.getHeldSince(), ServiceClock.today()), actor);
    progress.resumed(referralId);
    return hold;
  }

  /** {@code ServiceTask_PauseDeadlines}. */
  public void pauseDeadlines(String processInstanceId) {
    // The delegate runs in the engine's command: the jobs it reads are that command's entities,
    // changed in place (a nested suspension command would update them a second time).
    AsSystem.run(() -> deadlineTimers(processInstanceId, false)
        .forEach(job -> ((JobEntity) job).setSuspensionState(SuspensionState.SUSPENDED.getStateCode())));
  }

  /** {@code ServiceTask_ResumeDeadlines}: every deadline of the case moved on by the working days held. */
  public void resumeDeadlines(String processInstanceId, Long referralId) {
    CaseHold hold = current(referralId);
    AsSystem.run(() -> deadlineTimers(processInstanceId, true).forEach(job -> {
      if (job.getDuedate() != null) {
        ((JobEntity) job).setDuedate(later(job.getDuedate(), daysHeld(hold, job.getCreateTime())));
      }
      ((JobEntity) job).setSuspensionState(SuspensionState.ACTIVE.getStateCode());
    }));
    tasks.moveDueDates(processInstanceId, (due, task) -> later(due, daysHeld(hold, task.getCreateTime())));
  }

  /**
   * The working days a deadline was held: from the day the case was put on hold, or, for one
   * set while it was on hold, from the day it was set.
   */
  private int daysHeld(CaseHold hold, Date set) {
    LocalDate from = set == null ? hold.getHeldSince()
        : later(hold.getHeldSince(), set.toInstant().atZone(ServiceClock.SERVICE_ZONE).toLocalDate());
    LocalDate to = hold.getResumedOn() == null ? ServiceClock.today() : hold.getResumedOn();
    return from.isAfter(to) ? 0 : calendar.workingDaysBetween(from, to);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * A task created while its case is on hold (a contact attempt recorded in the meantime, a
   * follow-up falling due) brings deadlines of its own: they are paused like the others, in the
   * command that makes them (their timers are not yet in the database for a query to find).
   */
  public void pauseNewDeadlines(DelegateTask task) {
    if (!progress.ofProcessInstance(task.getProcessInstanceId()).map(ReferralProgress::isOnHold).orElse(false)) {
      return;
    }
    // The timers of the task's boundary events are made with its scope, just before the task.
    Context.getCommandContext().getDbEntityManager().getDbEntityCache().getCachedEntities().stream()
        .map(CachedDbEntity::getEntity)
        .filter(TimerEntity.class::isInstance).map(TimerEntity.class::cast)
        .filter(timer -> task.getProcessInstanceId().equals(timer.getProcessInstanceId()))
        .filter(timer -> !PathwayModel.BOUNDARY_LOOK_AGAIN_DUE.equals(timer.getActivityId()))
        .forEach(timer -> timer.setSuspensionState(SuspensionState.SUSPENDED.getStateCode()));
  }


  private List<Job> deadlineTimers(String processInstanceId, boolean suspended) {
    List<String> own = management.createJobQuery().processInstanceId(processInstanceId)
        .activityId(PathwayModel.BOUNDARY_LOOK_AGAIN_DUE).listPage(0, 1000).stream().map(Job::getId).toList();
    var query = management.createJobQuery().processInstanceId(processInstanceId).timers();
    return (suspended ? query.suspended() : query.active()).listPage(0, 1000).stream()
        .filter(job -> !own.contains(job.getId()))
        .toList();
  }

  /** The same time of day, {@code days} working days later. */
  private Date later(Date due, int days) {
    ZonedDateTime at = due.toInstant().atZone(ServiceClock.SERVICE_ZONE);
    LocalDate day = days == 0 ? at.toLocalDate() : calendar.plusWorkingDays(at.toLocalDate(), days);
    return Date.from(day.atTime(at.toLocalTime()).atZone(ServiceClock.SERVICE_ZONE).toInstant());
  }

  /** The look-again reminder's timer: the start of the working day chosen when putting the case on hold. */
  public Date lookAgainAt(VariableScope scope) {
    LocalDate day = current(PathwayVariables.REFERRAL_ID.requiredFrom(scope)).getLookAgainOn();
    return Date.from(day.atTime(deadlines.startOfWorkingDay()).atZone(ServiceClock.SERVICE_ZONE).toInstant());
  }

  @Transactional(readOnly = true)
  public CaseHold current(Long referralId) {
    return holds.findFirstByReferralIdOrderByIdDesc(referralId)
        .orElseThrow(() -> new IllegalStateException("Referral " + referralId + " has never been on hold"));
  }

  @Transactional(readOnly = true)
  public List<CaseHold> holdsOf(Long referralId) {
    return holds.findByReferralIdOrderByIdAsc(referralId);
  }

  /**
   * Each hold on the case's timeline: that it was on hold and till when, for everyone who follows
   * the case; why (custody, hospital: offence and health facts) for the health side only.
   */
  @Override
  public List<TimelineEntry> timeline(Long referralId) {
    List<TimelineEntry> entries = new java.util.ArrayList<>();
    for (CaseHold hold : holdsOf(referralId)) {
      entries.add(TimelineEntry.of(hold.getHeldSince(), hold.getRecordedAt(), "Put on hold; to look at again on "
          + ShownDates.day(hold.getLookAgainOn()), hold.getRecordedBy(), Audience.PROGRESS));
      if (hold.getReason() != null) {
        entries.add(TimelineEntry.of(hold.getHeldSince(), hold.getRecordedAt(), "Why it is on hold: "
            + hold.getReason().label(), hold.getRecordedBy(), Audience.NOTE).withDetail(hold.getReasonDetail()));
      }
      if (hold.getResumedOn() != null) {
        entries.add(TimelineEntry.of(hold.getResumedOn(), null, "Resumed after " + hold.getWorkingDaysHeld()
            + " working days on hold; deadlines moved on by as many", hold.getResumedBy(), Audience.PROGRESS));
      }
    }
    return entries;
  }

  @Override
  public void minimise(Long referralId) {
    holds.findByReferralIdOrderByIdAsc(referralId).forEach(CaseHold::minimise);
  }
}
