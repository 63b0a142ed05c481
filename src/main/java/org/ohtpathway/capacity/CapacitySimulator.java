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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.ohtpathway.allocation.PriorityTable;
import org.ohtpathway.allocation.TriageOutcome;
import org.ohtpathway.capacity.Scenario.Path;
import org.ohtpathway.capacity.Scenario.Work;
import org.ohtpathway.config.EngineIndexes;
import org.ohtpathway.config.PathwayProperties;
import org.ohtpathway.contact.ContactOutcome;
import org.ohtpathway.contact.ContactService;
import org.ohtpathway.deadline.DeadlineProperties;
import org.ohtpathway.deadline.Deadlines;
import org.ohtpathway.deadline.WorkingDayCalendar;
import org.ohtpathway.eligibility.EligibilityTable;
import org.ohtpathway.exit.ExitReason;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.process.DueJobs;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.referral.RiskLevel;
import org.ohtpathway.referral.SupervisionType;
import org.ohtpathway.referral.YesNoNotKnown;
import org.ohtpathway.review.ReviewDecision;
import org.ohtpathway.review.ReviewSchedule;
import org.ohtpathway.review.SessionsSoFar;
import org.ohtpathway.session.Attendance;
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
  /** The files the simulation deploys: the pathway and the tables it asks. */
  public static final List<String> MODELS = List.of(PathwayModel.PROCESS_PATHWAY + ".bpmn",
      PathwayModel.DECISION_ELIGIBILITY + ".dmn", PathwayModel.DECISION_PRIORITY + ".dmn");

  /**
   * The deadlines (oht.deadlines.steps) the simulation reports on, and their names in reports.
   * Which task each is measured on is read from the model's due dates
   * ({@code camunda:dueDate="${deadlines.due(execution, 'first-contact')}"}), as the engine reads them.
   */
  static final Map<String, String> MEASURED = new LinkedHashMap<>();

  static {
    MEASURED.put("allocation", "Allocated");
    MEASURED.put("first-contact", "First contact attempted");
    MEASURED.put("assessment", "Assessed");
    MEASURED.put("health-plan", "Health plan agreed");
    MEASURED.put("session-feedback", "Session recorded");
    MEASURED.put("follow-up", "Onward referral followed up");
    MEASURED.put("exit-summary", "Exit summary sent");
  }

  private static final Pattern DUE_STEP = Pattern.compile("\\$\\{deadlines\\.due\\(execution, '([^']+)'\\)}");

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
    return run(scenario, shippedModels(), progress);
  }

  /**
   * Runs the scenario on these models (by file name: the pathway's BPMN and its eligibility and
   * priority tables, such as a change to the pathway would deploy) instead of the shipped ones.
   */
  public SimulationResult run(Scenario scenario, Map<String, byte[]> models, Consumer<String> progress) {
    long started = System.nanoTime();
    Run run = new Run(scenario, models);
    try {
      run.simulate(progress);
      return run.result((System.nanoTime() - started) / 1e9);
    } finally {
      run.engine.close();
      ClockUtil.reset();
    }
  }

  private static Map<String, byte[]> shippedModels() {
    Map<String, byte[]> models = new LinkedHashMap<>();
    for (String model : MODELS) {
      try (java.io.InputStream in = CapacitySimulator.class.getResourceAsStream("/processes/" + model)) {
        models.put(model, in.readAllBytes());
      } catch (java.io.IOException | NullPointerException missing) {
        throw new IllegalStateException("processes/" + model + " is not on the classpath", missing);
      }
    }
    return models;
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
    /**
     * What the decision tables answered, by the facts asked: the simulation's made-up facts come
     * in a few dozen combinations, and the deployed tables answer the same facts the same way.
     */
    final Map<EligibilityTable.Facts, EligibilityTable.Outcome> eligibility = new HashMap<>();
    final Map<PriorityTable.Facts, PriorityTable.Suggestion> priorities = new HashMap<>();
    /** The deadline step each user task's due date is worked out for, as the deployed model says. */
    final Map<String, String> stepOfTask = new HashMap<>();
    final List<SimulationResult.Day> days = new ArrayList<>();
    LocalDate today;

    Run(Scenario scenario, Map<String, byte[]> models) {
      this.scenario = scenario;
      this.random = new Random(scenario.seed());
      for (int i = 1; i <= scenario.trainers(); i++) {
        trainers.add(String.format("trainer-%02d", i));
        caseloads.put(trainers.get(i - 1), 0);
      }
      MEASURED.keySet().forEach(step -> deadlines.put(step, new long[2]));
      this.engine = engine(models);
      stepsOfTasks();
    }

    private ProcessEngine engine(Map<String, byte[]> models) {
      StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
      configuration.setProcessEngineName("capacity-simulation-" + UUID.randomUUID());
      configuration.setJdbcUrl("jdbc:h2:mem:capacity-simulation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      configuration.setHistory("none");
      configuration.setJobExecutorActivate(false);
      configuration.setMetricsEnabled(false);
      // What the simulation never reads: who worked on tasks (a row a task), case tables.
      configuration.setTaskMetricsEnabled(false);
      configuration.setCmmnEnabled(false);
      Map<Object, Object> beans = new HashMap<>();
      beans.put("checkEligibility", (JavaDelegate) this::checkEligibility);
      beans.put("suggestPriority", (JavaDelegate) this::suggestPriority);
      beans.put("decideNextStep", (JavaDelegate) this::decideNextStep);
      beans.put("notify", (JavaDelegate) execution -> notifications.merge(
          PathwayVariables.NOTIFICATION.requiredFrom(execution), 1L, Long::sum));
      beans.put("deriveEndState", (ExecutionListener) this::deriveEndState);
      beans.put("deadlines", new Deadlines(deadlineProperties, calendar, new StartDates()));
      beans.put("signpostingService", new OnwardReferrals());
      beans.put("reviewSchedule", new Reviews());
      configuration.setBeans(beans);
      configuration.getProcessEnginePlugins().add(new EngineIndexes());
      ProcessEngine built = configuration.buildProcessEngine();
      var deployment = built.getRepositoryService().createDeployment().name("capacity simulation");
      models.forEach((name, bytes) -> deployment.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
      deployment.deploy();
      return built;
    }

    private void stepsOfTasks() {
      String definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).latestVersion().singleResult().getId();
      for (UserTask task : engine.getRepositoryService().getBpmnModelInstance(definition)
          .getModelElementsByType(UserTask.class)) {
        Matcher due = DUE_STEP.matcher(String.valueOf(task.getCamundaDueDate()));
        if (due.matches() && MEASURED.containsKey(due.group(1))) {
          stepOfTask.put(task.getId(), due.group(1));
        }
      }
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
          referral.concluded = EndState.WITHDRAWN;
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
          int minutes = scenario.minutes().get(WORK.getOrDefault(task.getTaskDefinitionKey(), Work.OTHER));
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
          referral.contactAttempts.add(referral.path == Path.DECLINED ? ContactOutcome.DECLINED
              : referral.contactAttempts.size() < referral.failedAttempts ? ContactOutcome.NOT_REACHED
              : ContactOutcome.APPOINTMENT_BOOKED);
          ContactService.Conclusion conclusion = ContactService.conclusion(referral.contactAttempts,
              pathway.maxContactAttempts());
          conclusion.endState().ifPresent(end -> referral.concluded = end);
          // The next attempt, or the assessment appointment, two working days on.
          referral.readyFrom = calendar.plusWorkingDays(today, 2);
          variables.put(PathwayVariables.CONTACT_OUTCOME.name(), conclusion.name());
        }
        case PathwayModel.TASK_ASSESS_HEALTH_AND_WELLBEING -> {
          referral.readyFrom = calendar.plusWorkingDays(today, 3);
          variables.put(PathwayVariables.SAFEGUARDING_CONCERN_IDENTIFIED.name(), false);
        }
        case PathwayModel.TASK_AGREE_HEALTH_PLAN -> {
          referral.nextSession = calendar.plusWorkingDays(today, scenario.sessionGap());
          referral.planAgreedOn = today;
        }
        case PathwayModel.TASK_SCHEDULED_REVIEW -> variables.put(PathwayVariables.REVIEW_DECISION.name(), ReviewDecision.CONTINUE.name());
        case PathwayModel.TASK_RECORD_SUPPORT_SESSION -> session(referral, variables);
        case PathwayModel.TASK_REVIEW_PROGRESS -> variables.put(PathwayVariables.REVIEW_DECISION.name(), ReviewDecision.EXIT.name());
        case PathwayModel.TASK_REVIEW_DISENGAGEMENT -> {
          referral.disengaged = true;
          variables.put(PathwayVariables.DISENGAGEMENT_DECISION.name(), ReviewDecision.EXIT.name());
        }
        case PathwayModel.TASK_RECORD_EXIT ->
            referral.concluded = (referral.disengaged ? ExitReason.NOT_ENGAGED : ExitReason.PLANNED_SESSIONS_DONE)
                .endState();
        default -> { }
      }
      complete(task, referral, variables);
    }

    /** A session: attended, unless the person has stopped coming (an unacceptable absence). */
    private void session(SimulatedReferral referral, Map<String, Object> variables) {
      boolean attended = referral.path != Path.DISENGAGED
          || referral.sessionsAttended() < referral.sessionsBeforeDisengaging;
      boolean onward = attended && referral.referredOn && referral.sessionsAttended() == 0;
      referral.sessions.add(attended ? Attendance.ATTENDED : Attendance.DID_NOT_ATTEND_UNACCEPTABLE);
      if (onward) {
        referral.onwardReferredOn = today;
      }
      referral.nextSession = calendar.plusWorkingDays(today, scenario.sessionGap());
      variables.put(PathwayVariables.LAST_SESSION_ID.name(), referral.id * 1000 + referral.sessions.size());
      variables.put(PathwayVariables.ONWARD_REFERRALS_MADE.name(), onward);
    }

    private void complete(Task task, SimulatedReferral referral, Map<String, Object> variables) {
      String step = stepOfTask.get(task.getTaskDefinitionKey());
      boolean firstAttemptOnly = PathwayModel.TASK_RECORD_CONTACT_ATTEMPT.equals(task.getTaskDefinitionKey());
      if (step != null && task.getDueDate() != null && !(firstAttemptOnly && referral.firstContactMeasured)) {
        long[] counts = deadlines.get(step);
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
        if (work == null && task.getAssignee() != null && task.getAssignee().startsWith("trainer-")) {
          work = Work.OTHER;
        }
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
        String step = stepOfTask.get(task.getTaskDefinitionKey());
        SimulatedReferral referral = referralOf(task);
        boolean firstAttemptOnly = PathwayModel.TASK_RECORD_CONTACT_ATTEMPT.equals(task.getTaskDefinitionKey());
        if (step != null && task.getDueDate() != null && task.getDueDate().before(ClockUtil.getCurrentTime())
            && !(firstAttemptOnly && referral.firstContactMeasured)) {
          deadlines.get(step)[1]++;
        }
      }
      Map<EndState, Long> endStates = new EnumMap<>(EndState.class);
      for (EndState state : EndState.values()) {
        endStates.put(state, referrals.values().stream().filter(referral -> referral.endState == state).count());
      }
      long stillOpen = referrals.values().stream().filter(referral -> referral.endState == null).count();
      List<SimulationResult.Deadline> met = MEASURED.entrySet().stream()
          .map(step -> new SimulationResult.Deadline(step.getKey(), step.getValue(), deadlines.get(step.getKey())[0],
              deadlines.get(step.getKey())[1]))
          .toList();
      return new SimulationResult(scenario, referrals.size(), endStates, stillOpen, met, days,
          Map.copyOf(notifications), seconds);
    }

    // The simulation's delegates //////////////////////////////////////////

    /** The eligibility table decides, as the service asks it, on facts made up for the way the referral was drawn to go. */
    private void checkEligibility(DelegateExecution execution) {
      SimulatedReferral referral = referralOf(execution);
      boolean eligible = referral.path != Path.NOT_ELIGIBLE;
      long reason = referral.id % 3;
      EligibilityTable.Facts facts = new EligibilityTable.Facts(34, SupervisionType.COMMUNITY_ORDER,
          eligible || reason != 0 ? 365 : 10, eligible || reason != 1, eligible || reason != 2 ? "OL11" : "M1", false);
      EligibilityTable.Outcome outcome = eligibility.computeIfAbsent(facts, asked -> EligibilityTable.evaluate(
          execution.getProcessEngineServices().getRepositoryService(),
          execution.getProcessEngineServices().getDecisionService(), asked));
      outcome.endState().ifPresent(end -> referral.concluded = end);
      PathwayVariables.ELIGIBLE.on(execution, outcome.eligible());
    }

    /** The priority table decides, as the service asks it, on a spread of facts. */
    private void suggestPriority(DelegateExecution execution) {
      SimulatedReferral referral = referralOf(execution);
      boolean releasing = referral.id % 5 == 0;
      PriorityTable.Facts facts = new PriorityTable.Facts(releasing, releasing ? 14 : null,
          referral.id % 2 == 0 ? YesNoNotKnown.YES : YesNoNotKnown.NO, referral.id % 7 == 0, RiskLevel.LOW,
          1 + (int) (referral.id % 4));
      priorities.computeIfAbsent(facts, asked -> PriorityTable.evaluate(
          execution.getProcessEngineServices().getRepositoryService(),
          execution.getProcessEngineServices().getDecisionService(), asked)).priority().setOn(execution);
    }

    /** After each session, as {@code DecideNextStep} decides it: the rules of {@link SessionsSoFar}. */
    private void decideNextStep(DelegateExecution execution) {
      SessionsSoFar sessions = referralOf(execution).sessionsSoFar(scenario.plannedSessions());
      PathwayVariables.SESSION_OUTCOME.on(execution, sessions.nextStep(pathway).name());
      PathwayVariables.TELL_PRACTITIONER_OF_ABSENCES.on(execution, sessions.absencesToReport(pathway));
    }

    /** As the service's: the end state the rules recorded, or a failure when none did. */
    private void deriveEndState(DelegateExecution execution) {
      SimulatedReferral referral = referralOf(execution);
      if (referral.concluded == null) {
        throw new IllegalStateException(referral.reference() + " left its pathway without a recorded end");
      }
      PathwayVariables.END_STATE.on(execution, referral.concluded.name());
      ended(referral, referral.concluded);
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
        return ReviewSchedule.stillOpen(engine.getTaskService(), scope);
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
        return !referralOf(scope).contactAttempts.isEmpty();
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
