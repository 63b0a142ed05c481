package org.ohtpathway.hold;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.ohtpathway.deadline.DeadlineProperties;
import org.ohtpathway.deadline.WorkingDayCalendar;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.OpenTasks;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.CaseStage;
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
    AsSystem.run(() -> deadlineTimers(processInstanceId, false)
        .forEach(job -> management.updateJobSuspensionState().byJobId(job.getId()).suspend()));
  }

  /** {@code ServiceTask_ResumeDeadlines}: every deadline of the case moved on by the working days held. */
  public void resumeDeadlines(String processInstanceId, Long referralId) {
    int days = holds.findFirstByReferralIdOrderByIdDesc(referralId).map(CaseHold::getWorkingDaysHeld).orElse(0);
    AsSystem.run(() -> deadlineTimers(processInstanceId, true).forEach(job -> {
      if (job.getDuedate() != null) {
        management.setJobDuedate(job.getId(), later(job.getDuedate(), days));
      }
      management.updateJobSuspensionState().byJobId(job.getId()).activate();
    }));
    tasks.moveDueDates(processInstanceId, due -> later(due, days));
  }

  private List<Job> deadlineTimers(String processInstanceId, boolean suspended) {
    var query = management.createJobQuery().processInstanceId(processInstanceId).timers();
    return (suspended ? query.suspended() : query.active()).list().stream()
        .filter(job -> !PathwayModel.BOUNDARY_LOOK_AGAIN_DUE.equals(job.getFailedActivityId())
            && !PathwayModel.BOUNDARY_LOOK_AGAIN_DUE.equals(activityOf(job)))
        .toList();
  }

  private static String activityOf(Job job) {
    return job instanceof org.camunda.bpm.engine.impl.persistence.entity.JobEntity entity
        ? entity.getActivityId() : null;
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

  @Override
  public void minimise(Long referralId) {
    holds.findByReferralIdOrderByIdAsc(referralId).forEach(CaseHold::minimise);
  }
}
