package org.ohtpathway.capacity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ohtpathway.allocation.Priority;
import org.ohtpathway.allocation.TriageOutcome;
import org.ohtpathway.capacity.Scenario.Path;
import org.ohtpathway.capacity.Scenario.Work;
import org.ohtpathway.config.PathwayProperties;
import org.ohtpathway.deadline.DeadlineProperties;
import org.ohtpathway.deadline.Deadlines;
import org.ohtpathway.deadline.WorkingDayCalendar;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.process.DueJobs;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.review.ReviewSchedule;
import org.ohtpathway.process.ServiceClock;

/**
 * Runs a {@link Scenario} through the pathway model and decision tables staff use, on an engine
 * of its own in memory, in simulated time: each working day referrals arrive, the eligibility
 * and priority tables decide, coordinators allocate, and each trainer does the tasks whose day
 * has come, in order of their due dates, for as many minutes as the day has. The deadlines are
 * the service's own (working days, bank holidays), so the simulation shows which of them slip
 * when there are too few trainers. Nothing is recorded about any person: the referrals are
 * made up, and the engine's delegates are the simulation's.
 */
public final class CapacitySimulator {

  static final String PRACTITIONER = "practitioner";
  static final List<String> MODELS = List.of("processes/" + PathwayModel.PROCESS_PATHWAY + ".bpmn",
      "processes/" + PathwayModel.DECISION_ELIGIBILITY + ".dmn", "processes/" + PathwayModel.DECISION_PRIORITY + ".dmn");

  /** The deadline each task is measured against (oht.deadlines.steps), and its name in reports. */
  static final Map<String, String[]> DEADLINES = new LinkedHashMap<>();

  static {
    DEADLINES.put(PathwayModel.TASK_TRIAGE_AND_ALLOCATE, new String[] {"allocation", "Allocated"});
    DEADLINES.put(PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, new String[] {"first-contact", "First contact attempted"});
    DEADLINES.put(PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, new String[] {"assessment", "Assessed"});
    DEADLINES.put(PathwayModel.TASK_AGREE_HEALTH_PLAN, new String[] {"health-plan", "Health plan agreed"});
    DEADLINES.put(PathwayModel.TASK_RECORD_SUPPORT_SESSION, new String[] {"session-feedback", "Session recorded"});
    DEADLINES.put(PathwayModel.TASK_FOLLOW_UP_ONWARD_REFERRAL, new String[] {"follow-up", "Onward referral followed up"});
    DEADLINES.put(PathwayModel.TASK_WRITE_EXIT_SUMMARY, new String[] {"exit-summary", "Exit summary sent"});
  }

  private static final Map<String, Work> WORK = Map.of(
      PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, Work.CONTACT_ATTEMPT,
      PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING, Work.ASSESSMENT,
      PathwayModel.TASK_AGREE_HEALTH_PLAN, Work.HEALTH_PLAN,
      PathwayModel.TASK_RECORD_SUPPORT_SESSION, Work.SESSION,
      PathwayModel.TASK_FOLLOW_UP_ONWARD_REFERRAL, Work.FOLLOW_UP,
      PathwayModel.TASK_REVIEW_PROGRESS, Work.REVIEW,
      PathwayModel.TASK_REVIEW_DISENGAGEMENT, Work.REVIEW,
      PathwayModel.TASK_SCHEDULED_REVIEW, Work.REVIEW,
      PathwayModel.TASK_RECORD_EXIT, Work.EXIT,
      PathwayModel.TASK_WRITE_EXIT_SUMMARY, Work.EXIT_SUMMARY);

  private final DeadlineProperties deadlineProperties;
  private final WorkingDayCalendar calendar;
  private final PathwayProperties pathway;

  public CapacitySimulator(DeadlineProperties deadlineProperties, WorkingDayCalendar calendar,
      PathwayProperties pathway) {
    this.deadlineProperties = deadlineProperties;
    this.calendar = calendar;
    this.pathway = pathway;
  }

  public SimulationResult run(Scenario scenario, Consumer<String> progress) {
    long started = System.nanoTime();
    Run run = new Run(scenario);
    try {
      run.simulate(progress);
      return run.result((System.nanoTime() - started) / 1e9);
    } finally {
      run.engine.close();
      ClockUtil.reset();
    }
  }

  /** One simulation: its engine, its referrals and what it has counted. */
  private final class Run {

    final Scenario scenario;
    final Random random;
    final ProcessEngine engine;
    final Map<Long, SimulatedReferral> referrals = new TreeMap<>();
    final Map<String, SimulatedReferral> byInstance = new HashMap<>();
    final List<String> trainers = new ArrayList<>();
    /** Open referrals allocated to each trainer. */
    final Map<String, Integer> caseloads = new HashMap<>();
    final Map<String, long[]> deadlines = new LinkedHashMap<>();
    final Map<String, Long> notifications = new TreeMap<>();
    final List<SimulationResult.Day> days = new ArrayList<>();
    LocalDate today;

    Run(Scenario scenario) {
      this.scenario = scenario;
      this.random = new Random(scenario.seed());
      for (int i = 1; i <= scenario.trainers(); i++) {
        trainers.add(String.format("trainer-%02d", i));
        caseloads.put(trainers.get(i - 1), 0);
      }
      DEADLINES.values().forEach(step -> deadlines.put(step[0], new long[2]));
      this.engine = engine();
    }

    private ProcessEngine engine() {
      StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
      configuration.setProcessEngineName("capacity-simulation-" + UUID.randomUUID());
      configuration.setJdbcUrl("jdbc:h2:mem:capacity-simulation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      configuration.setHistory("none");
      configuration.setJobExecutorActivate(false);
      configuration.setMetricsEnabled(false);
      Map<Object, Object> beans = new HashMap<>();
      beans.put("checkEligibility", (JavaDelegate) this::checkEligibility);
      beans.put("suggestPriority", (JavaDelegate) this::suggestPriority);
      // The next step after a session is decided when the session is recorded (see session()).
      beans.put("decideNextStep", (JavaDelegate) execution -> { });
      beans.put("notify", (JavaDelegate) execution -> notifications.merge(
          PathwayVariables.NOTIFICATION.requiredFrom(execution), 1L, Long::sum));
      beans.put("deriveEndState", (ExecutionListener) this::deriveEndState);
      beans.put("deadlines", new Deadlines(deadlineProperties, calendar, new StartDates()));
      beans.put("signpostingService", new OnwardReferrals());
      beans.put("reviewSchedule", new Reviews());
      configuration.setBeans(beans);
      ProcessEngine built = configuration.buildProcessEngine();
      var deployment = built.getRepositoryService().createDeployment().name("capacity simulation");
      MODELS.forEach(deployment::addClasspathResource);
      deployment.deploy();
      return built;
    }

    void simulate(Consumer<String> progress) {
      LocalDate end = scenario.end();
      int month = -1;
      for (today = scenario.start(); today.isBefore(end); today = today.plusDays(1)) {
        // Timers (reminders, escalations, follow-ups that open today) fire as the working day starts.
        at(deadlineProperties.startOfWorkingDay());
        runDueJobs();
        if (!calendar.isWorkingDay(today)) {
          continue;
        }
        int arrived = arrive();
        withdraw();
        practitioners();
        allocate();
        trainers();
        practitioners();
        days.add(snapshot(arrived));
        int monthsDone = (int) java.time.temporal.ChronoUnit.MONTHS.between(scenario.start(), today);
        if (monthsDone != month) {
          month = monthsDone;
          progress.accept(String.format("Month %d of %d: %,d referrals so far", monthsDone + 1, scenario.months(),
              referrals.size()));
        }
      }
    }

    // A working day //////////////////////////////////////////////////////

    private int arrive() {
      int arriving = poisson(scenario.referralsPerWorkingDay());
      for (int i = 0; i < arriving; i++) {
        at(LocalTime.of(9, 0).plusMinutes(i));
        SimulatedReferral referral = new SimulatedReferral(referrals.size() + 1, today, scenario, random);
        referrals.put(referral.id, referral);
        VariableMap variables = Variables.createVariables()
            .putValue(PathwayVariables.REFERRAL_ID.name(), referral.id)
            .putValue(PathwayVariables.REFERRAL_REFERENCE.name(), referral.reference())
            .putValue(PathwayVariables.REFERRER_ID.name(), PRACTITIONER);
        referral.processInstanceId = engine.getRuntimeService().startProcessInstanceByKey(
            PathwayModel.PROCESS_PATHWAY, referral.reference(), variables).getId();
        byInstance.put(referral.processInstanceId, referral);
      }
      runDueJobs();
      return arriving;
    }

    private void withdraw() {
      for (SimulatedReferral referral : referrals.values()) {
        if (referral.path == Path.WITHDRAWN && referral.endState == null && !referral.withdrawn
            && calendar.workingDaysBetween(referral.received, today) >= referral.withdrawnAfter) {
          referral.withdrawn = true;
          at(LocalTime.of(10, 0));
          engine.getRuntimeService().createMessageCorrelation(PathwayModel.MESSAGE_REFERRAL_WITHDRAWN)
              .processInstanceId(referral.processInstanceId).correlateWithResult();
          ended(referral, EndState.WITHDRAWN);
        }
      }
    }

    /** Practitioners read what is sent to them the day it arrives. */
    private void practitioners() {
      at(LocalTime.of(16, 0));
      for (Task task : engine.getTaskService().createTaskQuery().taskAssignee(PRACTITIONER).list()) {
        engine.getTaskService().complete(task.getId());
      }
    }

    /** Coordinators allocate the most urgent referrals first, each to the trainer with the fewest open referrals. */
    private void allocate() {
      at(LocalTime.of(9, 30));
      List<Task> waiting = engine.getTaskService().createTaskQuery()
          .taskDefinitionKey(PathwayModel.TASK_TRIAGE_AND_ALLOCATE).list().stream()
          .sorted(Comparator.comparing(Task::getPriority).reversed().thenComparing(Task::getCreateTime)
              .thenComparing(task -> referralOf(task).id))
          .limit(scenario.allocationsPerDay()).toList();
      for (Task task : waiting) {
        SimulatedReferral referral = referralOf(task);
        String trainer = trainers.stream().min(Comparator.comparing(this::caseload)).orElseThrow();
        referral.trainer = trainer;
        referral.allocatedOn = today;
        caseloads.merge(trainer, 1, Integer::sum);
        referral.readyFrom = today;
        complete(task, referral, Map.of(PathwayVariables.TRAINER_ID.name(), trainer,
            PathwayVariables.TRIAGE_OUTCOME.name(), TriageOutcome.ALLOCATE.name()));
      }
    }

    /** Each trainer does the tasks whose day has come, most pressing first, while the day's minutes last. */
    private void trainers() {
      Map<String, List<Task>> byTrainer = new HashMap<>();
      for (Task task : engine.getTaskService().createTaskQuery().taskAssigneeLike("trainer-%").list()) {
        byTrainer.computeIfAbsent(task.getAssignee(), trainer -> new ArrayList<>()).add(task);
      }
      for (String trainer : trainers) {
        int minutesLeft = (int) Math.round(scenario.hoursPerDay() * 60);
        List<Task> ready = byTrainer.getOrDefault(trainer, List.of()).stream()
            .filter(task -> !readyOn(task).isAfter(today))
            .sorted(Comparator.comparing(this::dueOn).thenComparing(Task::getCreateTime)
                .thenComparing(task -> referralOf(task).id))
            .toList();
        int worked = 0;
        for (Task task : ready) {
          int minutes = scenario.minutes().get(WORK.get(task.getTaskDefinitionKey()));
          if (minutes > minutesLeft) {
            continue;
          }
          minutesLeft -= minutes;
          worked += minutes;
          at(deadlineProperties.startOfWorkingDay().plusMinutes(worked));
          work(task, referralOf(task));
        }
      }
    }

    private void work(Task task, SimulatedReferral referral) {
      Map<String, Object> variables = new HashMap<>();
      switch (task.getTaskDefinitionKey()) {
        case PathwayModel.TASK_RECORD_CONTACT_ATTEMPT -> {
          referral.contactAttempts++;
          String outcome;
          if (referral.path == Path.DECLINED) {
            outcome = "DECLINED";
          } else if (referral.contactAttempts <= referral.failedAttempts) {
            outcome = referral.contactAttempts >= pathway.maxContactAttempts() ? "UNABLE_TO_CONTACT" : "NOT_REACHED";
          } else {
            outcome = "APPOINTMENT_BOOKED";
          }
          // The next attempt, or the assessment appointment, two working days on.
          referral.readyFrom = calendar.plusWorkingDays(today, 2);
          variables.put(PathwayVariables.CONTACT_OUTCOME.name(), outcome);
        }
        case PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING -> {
          referral.readyFrom = calendar.plusWorkingDays(today, 3);
          variables.put(PathwayVariables.SAFEGUARDING_CONCERN_IDENTIFIED.name(), false);
        }
        case PathwayModel.TASK_AGREE_HEALTH_PLAN -> {
          referral.nextSession = calendar.plusWorkingDays(today, scenario.sessionGap());
          referral.planAgreedOn = today;
        }
        case PathwayModel.TASK_SCHEDULED_REVIEW -> variables.put(PathwayVariables.REVIEW_DECISION.name(), "CONTINUE");
        case PathwayModel.TASK_RECORD_SUPPORT_SESSION -> session(referral, variables);
        case PathwayModel.TASK_REVIEW_PROGRESS -> variables.put(PathwayVariables.REVIEW_DECISION.name(), "EXIT");
        case PathwayModel.TASK_REVIEW_DISENGAGEMENT -> variables.put(PathwayVariables.DISENGAGEMENT_DECISION.name(), "EXIT");
        default -> { }
      }
      complete(task, referral, variables);
    }

    /** A session: attended, unless the person has stopped coming; the next step as DecideNextStep would decide it. */
    private void session(SimulatedReferral referral, Map<String, Object> variables) {
      referral.sessionsRecorded++;
      boolean attended = referral.path != Path.DISENGAGED
          || referral.sessionsAttended < referral.sessionsBeforeDisengaging;
      boolean onward = attended && referral.referredOn && referral.sessionsAttended == 0;
      if (attended) {
        referral.sessionsAttended++;
        referral.absencesInARow = 0;
      } else {
        referral.absencesInARow++;
      }
      if (onward) {
        referral.onwardReferredOn = today;
      }
      String next = referral.absencesInARow >= pathway.absencesBeforeDisengagementReview() ? "DISENGAGEMENT_REVIEW"
          : referral.sessionsAttended >= scenario.plannedSessions() ? "REVIEW" : "NEXT_SESSION";
      referral.nextSession = calendar.plusWorkingDays(today, scenario.sessionGap());
      variables.put(PathwayVariables.LAST_SESSION_ID.name(), referral.id * 1000 + referral.sessionsRecorded);
      variables.put(PathwayVariables.ONWARD_REFERRALS_MADE.name(), onward);
      variables.put(PathwayVariables.SESSION_OUTCOME.name(), next);
      variables.put(PathwayVariables.TELL_PRACTITIONER_OF_ABSENCES.name(),
          referral.absencesInARow == pathway.absencesBeforePractitionerTold());
    }

    private void complete(Task task, SimulatedReferral referral, Map<String, Object> variables) {
      String[] deadline = DEADLINES.get(task.getTaskDefinitionKey());
      boolean firstAttemptOnly = PathwayModel.TASK_RECORD_CONTACT_ATTEMPT.equals(task.getTaskDefinitionKey());
      if (deadline != null && task.getDueDate() != null && !(firstAttemptOnly && referral.firstContactMeasured)) {
        long[] counts = deadlines.get(deadline[0]);
        counts[1]++;
        if (!ClockUtil.getCurrentTime().after(task.getDueDate())) {
          counts[0]++;
        }
        referral.firstContactMeasured |= firstAttemptOnly;
      }
      engine.getTaskService().complete(task.getId(), variables);
    }

    private LocalDate readyOn(Task task) {
      SimulatedReferral referral = referralOf(task);
      LocalDate created = LocalDate.ofInstant(task.getCreateTime().toInstant(), ServiceClock.SERVICE_ZONE);
      return switch (task.getTaskDefinitionKey()) {
        case PathwayModel.TASK_RECORD_CONTACT_ATTEMPT, PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING,
            PathwayModel.TASK_AGREE_HEALTH_PLAN -> later(created, referral.readyFrom);
        case PathwayModel.TASK_RECORD_SUPPORT_SESSION -> later(created, referral.nextSession);
        default -> created;
      };
    }

    /** The day a task is due: its due date (every task of the shipped model has one), or the day it can be done. */
    private LocalDate dueOn(Task task) {
      return task.getDueDate() == null ? readyOn(task)
          : LocalDate.ofInstant(task.getDueDate().toInstant(), ServiceClock.SERVICE_ZONE);
    }

    private SimulationResult.Day snapshot(int arrived) {
      List<Task> open = engine.getTaskService().createTaskQuery().list();
      Map<Work, Integer> queue = new EnumMap<>(Work.class);
      for (Work work : Work.values()) {
        queue.put(work, 0);
      }
      int overdue = 0;
      int awaitingAllocation = 0;
      Date endOfDay = Date.from(today.atTime(deadlineProperties.endOfWorkingDay()).atZone(ServiceClock.SERVICE_ZONE)
          .toInstant());
      for (Task task : open) {
        if (task.getDueDate() != null && task.getDueDate().before(endOfDay)) {
          overdue++;
        }
        if (PathwayModel.TASK_TRIAGE_AND_ALLOCATE.equals(task.getTaskDefinitionKey())) {
          awaitingAllocation++;
        }
        Work work = WORK.get(task.getTaskDefinitionKey());
        if (work != null && !readyOn(task).isAfter(today)) {
          queue.merge(work, 1, Integer::sum);
        }
      }
      List<Integer> caseloads = trainers.stream().map(this::caseload).toList();
      int openReferrals = (int) referrals.values().stream().filter(referral -> referral.endState == null).count();
      return new SimulationResult.Day(today, arrived, openReferrals, awaitingAllocation, queue, overdue, caseloads);
    }

    SimulationResult result(double seconds) {
      // Tasks still open past their due date missed it.
      for (Task task : engine.getTaskService().createTaskQuery().list()) {
        String[] deadline = DEADLINES.get(task.getTaskDefinitionKey());
        SimulatedReferral referral = referralOf(task);
        boolean firstAttemptOnly = PathwayModel.TASK_RECORD_CONTACT_ATTEMPT.equals(task.getTaskDefinitionKey());
        if (deadline != null && task.getDueDate() != null && task.getDueDate().before(ClockUtil.getCurrentTime())
            && !(firstAttemptOnly && referral.firstContactMeasured)) {
          deadlines.get(deadline[0])[1]++;
        }
      }
      Map<EndState, Long> endStates = new EnumMap<>(EndState.class);
      for (EndState state : EndState.values()) {
        endStates.put(state, referrals.values().stream().filter(referral -> referral.endState == state).count());
      }
      long stillOpen = referrals.values().stream().filter(referral -> referral.endState == null).count();
      List<SimulationResult.Deadline> met = DEADLINES.values().stream()
          .map(step -> new SimulationResult.Deadline(step[0], step[1], deadlines.get(step[0])[0],
              deadlines.get(step[0])[1]))
          .toList();
      return new SimulationResult(scenario, referrals.size(), endStates, stillOpen, met, days,
          Map.copyOf(notifications), seconds);
    }

    // The simulation's delegates //////////////////////////////////////////

    /** The eligibility table decides, on facts made up for the way the referral was drawn to go. */
    private void checkEligibility(DelegateExecution execution) {
      SimulatedReferral referral = referralOf(execution);
      boolean eligible = referral.path != Path.NOT_ELIGIBLE;
      long reason = referral.id % 3;
      VariableMap facts = Variables.createVariables()
          .putValue("age", 34)
          .putValue("supervisionType", "COMMUNITY_ORDER")
          .putValue("daysOfSupervisionLeft", eligible || reason != 0 ? 365 : 10)
          .putValue("consentGiven", eligible || reason != 1)
          .putValue("postcodeDistrict", eligible || reason != 2 ? "OL11" : "M1")
          .putValue("mentalHealthCrisis", false);
      Object decided = execution.getProcessEngineServices().getDecisionService()
          .evaluateDecisionTableByKey(PathwayModel.DECISION_ELIGIBILITY, facts).getSingleResult().getEntry("eligible");
      PathwayVariables.ELIGIBLE.on(execution, Boolean.TRUE.equals(decided));
    }

    /** The priority table decides, on a spread of facts. */
    private void suggestPriority(DelegateExecution execution) {
      SimulatedReferral referral = referralOf(execution);
      boolean releasing = referral.id % 5 == 0;
      VariableMap facts = Variables.createVariables()
          .putValue("releasingFromCustody", releasing)
          .putValue("daysUntilRelease", releasing ? 14 : null)
          .putValue("registeredWithGp", referral.id % 2 == 0 ? "YES" : "NO")
          .putValue("longTermCondition", referral.id % 7 == 0)
          .putValue("riskToSelf", "LOW")
          .putValue("numberOfNeeds", 1 + (int) (referral.id % 4));
      String priority = execution.getProcessEngineServices().getDecisionService()
          .evaluateDecisionTableByKey(PathwayModel.DECISION_PRIORITY, facts).getSingleResult().getEntry("priority");
      PathwayVariables.PRIORITY.on(execution, priority);
      PathwayVariables.TASK_PRIORITY.on(execution, Priority.valueOf(priority).taskPriority());
    }

    private void deriveEndState(DelegateExecution execution) {
      SimulatedReferral referral = referralOf(execution);
      EndState end = referral.withdrawn ? EndState.WITHDRAWN : referral.expectedEnd();
      PathwayVariables.END_STATE.on(execution, end.name());
      ended(referral, end);
    }

    private void ended(SimulatedReferral referral, EndState end) {
      if (referral.endState == null) {
        referral.endState = end;
        if (referral.trainer != null) {
          caseloads.merge(referral.trainer, -1, Integer::sum);
        }
      }
    }

    /** The reviews every so many weeks from the plan, as the simulation knows the plan's day. */
    public final class Reviews {
      public String cycle(VariableScope scope) {
        LocalDate agreed = referralOf(scope).planAgreedOn;
        return ReviewSchedule.cycleFrom(agreed == null ? today : agreed, pathway.reviewEveryWeeks(),
            deadlineProperties.startOfWorkingDay());
      }

      public boolean stillOpen(VariableScope scope) {
        return engine.getTaskService().createTaskQuery()
            .processInstanceId(((org.camunda.bpm.engine.delegate.DelegateExecution) scope).getProcessInstanceId())
            .taskDefinitionKey(PathwayModel.TASK_SCHEDULED_REVIEW).count() > 0;
      }
    }

    /** The days deadlines count from, as the simulation knows them. */
    private final class StartDates implements Deadlines.StartDates {
      @Override
      public LocalDate referralReceived(VariableScope scope) {
        return referralOf(scope).received;
      }

      @Override
      public LocalDate allocated(VariableScope scope) {
        return referralOf(scope).allocatedOn;
      }

      @Override
      public boolean firstContactAttempted(VariableScope scope) {
        return referralOf(scope).contactAttempts > 0;
      }

      @Override
      public Optional<LocalDate> nextSession(VariableScope scope) {
        return Optional.ofNullable(referralOf(scope).nextSession);
      }

      @Override
      public LocalDate onwardReferralMade(VariableScope scope) {
        return referralOf(scope).onwardReferredOn;
      }

      /** The simulated coordinators never ask the practitioner: triage's clock runs from the day its task opens. */
      @Override
      public LocalDate triageOpened(VariableScope scope) {
        return today;
      }
    }

    // Helpers ////////////////////////////////////////////////////////////

    private int caseload(String trainer) {
      return caseloads.get(trainer);
    }

    private SimulatedReferral referralOf(VariableScope scope) {
      return referrals.get(PathwayVariables.REFERRAL_ID.requiredFrom(scope));
    }

    private SimulatedReferral referralOf(Task task) {
      return byInstance.get(task.getProcessInstanceId());
    }

    private void runDueJobs() {
      DueJobs.run(engine.getManagementService(), 50);
    }

    private void at(LocalTime time) {
      ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(today, time, ServiceClock.SERVICE_ZONE).toInstant()));
    }

    private int poisson(double mean) {
      double limit = Math.exp(-mean);
      double product = random.nextDouble();
      int count = 0;
      while (product > limit) {
        product *= random.nextDouble();
        count++;
      }
      return count;
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
      return other == null || one.isAfter(other) ? one : other;
    }
  }

  /** Each session that makes onward referrals makes one. */
  public static final class OnwardReferrals {
    public List<Long> onwardReferralsMadeAt(Long sessionId) {
      return List.of(sessionId);
    }
  }
}
