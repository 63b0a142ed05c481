package org.ohtpathway.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ohtpathway.Pathway;
import org.ohtpathway.ReferralCopier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.security.Groups;

/**
 * A service with many open referrals, and the queries its staff run all day: the Tasklist
 * filters "My tasks" (a trainer) and "Unallocated referrals" (a coordinator), each a page of 15
 * tasks with its count and the referral reference of each task; opening a task's form; each
 * role's caseload page and the case view, asked of the application's own API. Every query runs
 * as the logged-in user, with Camunda's authorization checks, as in Tasklist and on the case pages.
 */
final class OpenReferrals {

  static final int PAGE = 15;
  /** One referral in ten waits for allocation; the rest are allocated, awaiting first contact. */
  static final int UNALLOCATED_EVERY = 10;

  private final ProcessEngine engine;
  private final Pathway pathway;
  private final PrintStream out;

  OpenReferrals(ProcessEngine engine, PrintStream out) {
    this.engine = engine;
    this.pathway = new Pathway(engine);
    this.out = out;
  }

  /** Trainers in the Health Trainers group, the demo trainer first, so her caseload is one of many. */
  List<String> addTrainers(int count) {
    IdentityService identity = engine.getIdentityService();
    List<String> trainers = new ArrayList<>(List.of(DemoUsers.TRAINER));
    for (int i = 1; i < count; i++) {
      String id = String.format("trainer%04d", i);
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setFirstName("Trainer");
        user.setLastName(String.valueOf(i));
        user.setEmail(id + "@oht-pathway.example");
        identity.saveUser(user);
        identity.createMembership(id, Groups.HEALTH_TRAINERS);
      }
      trainers.add(id);
    }
    return trainers;
  }

  /**
   * Takes {@value #UNALLOCATED_EVERY} referrals through the application (one left waiting for
   * allocation, the others allocated to the demo trainer), then copies them in the database,
   * table by table, until there are {@code referrals}, the allocated ones shared evenly among
   * the trainers.
   * Returns the database rows written.
   */
  long load(int referrals, List<String> trainers, JdbcTemplate jdbc) {
    ProgressBar progress = new ProgressBar(out, "Open referrals", referrals);
    List<Long> templates = new ArrayList<>();
    for (int i = 0; i < UNALLOCATED_EVERY; i++) {
      ProcessInstance referral = pathway.refer();
      if (i > 0) {
        pathway.submit(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE, DemoUsers.COORDINATOR,
            Pathway.triageForm(DemoUsers.TRAINER));
      }
      templates.add(pathway.referralId(referral));
      progress.step(i + 1);
    }
    int copies = referrals - UNALLOCATED_EVERY;
    return new ReferralCopier(jdbc).copyOpen(templates, copies, DemoUsers.TRAINER,
        copy -> trainers.get((copy - copy / UNALLOCATED_EVERY - 1) % trainers.size()),
        done -> progress.step(UNALLOCATED_EVERY + (int) Math.round(done * copies)));
  }

  /**
   * Times each query {@code repeats} times after a few to warm up; returns them by name. The
   * case pages' API is asked through {@code web} (the application's controllers, as a request
   * that has passed the login filter reaches them).
   */
  Map<String, Latencies> time(int repeats, MockMvc web, JdbcTemplate jdbc) {
    FilterService filters = engine.getFilterService();
    Filter myTasks = filters.createFilterQuery().filterName("My tasks").singleResult();
    Filter unallocated = filters.createFilterQuery().filterName("Unallocated referrals").singleResult();
    List<Task> trainerTasks = pathway.as(DemoUsers.TRAINER, () -> filters.listPage(myTasks.getId(), 0, 500));
    List<Task> triageTasks = pathway.as(DemoUsers.COORDINATOR, () -> filters.listPage(unallocated.getId(), 0, 200));
    if (trainerTasks.isEmpty() || triageTasks.isEmpty()) {
      throw new IllegalStateException("No open tasks to time the queries with");
    }
    Random random = new Random(7);
    FormService forms = engine.getFormService();
    Map<String, Latencies> timings = new LinkedHashMap<>();
    timings.put("Trainer's \"My tasks\" (first page, count, references)",
        timed("Timing \"My tasks\"", repeats, DemoUsers.TRAINER, () -> page(myTasks)));
    timings.put("Coordinators' \"Unallocated referrals\" (first page, count, references)",
        timed("Timing \"Unallocated referrals\"", repeats, DemoUsers.COORDINATOR, () -> page(unallocated)));
    timings.put("Open a task form: first contact (trainer)", timed("Timing the first contact form", repeats,
        DemoUsers.TRAINER,
        () -> forms.getTaskFormVariables(trainerTasks.get(random.nextInt(trainerTasks.size())).getId()).size()));
    timings.put("Open a task form: triage (coordinator)", timed("Timing the triage form", repeats,
        DemoUsers.COORDINATOR,
        () -> forms.getTaskFormVariables(triageTasks.get(random.nextInt(triageTasks.size())).getId()).size()));
    for (CasePage page : CASE_PAGES) {
      timings.put(page.what(), timed("Timing " + page.what(), repeats, page.user(), () -> get(web, page.path())));
    }
    // The cases taken through the application: the trainer's own, one waiting for allocation.
    List<String> references = jdbc.queryForList("select reference from referral_progress where reference like 'OHT-%'"
        + " and end_state is null order by referral_id", String.class);
    List<String> trainersCases = jdbc.queryForList("select reference from referral_progress where reference like"
        + " 'OHT-%' and end_state is null and trainer_id = ? order by referral_id", String.class, DemoUsers.TRAINER);
    timings.put("Case view: the trainer's own case", timed("Timing the trainer's case view", repeats,
        DemoUsers.TRAINER, () -> get(web, "/api/cases/" + trainersCases.get(random.nextInt(trainersCases.size())))));
    timings.put("Case view: a coordinator opens a case", timed("Timing the coordinator's case view", repeats,
        DemoUsers.COORDINATOR, () -> get(web, "/api/cases/" + references.get(random.nextInt(references.size())))));
    timings.put("Case tab of a task in Tasklist (trainer)", timed("Timing the case tab", repeats, DemoUsers.TRAINER,
        () -> get(web, "/api/tasks/" + trainerTasks.get(random.nextInt(trainerTasks.size())).getId() + "/case")));
    return timings;
  }

  /** A caseload page as it opens for a role: its first list, or the one named. */
  private record CasePage(String what, String user, String path) {
  }

  private static final List<CasePage> CASE_PAGES = List.of(
      new CasePage("Caseload page: trainer's \"My cases\"", DemoUsers.TRAINER, "/api/cases"),
      new CasePage("Caseload page: practitioner's \"My cases\"", DemoUsers.PRACTITIONER, "/api/cases"),
      new CasePage("Caseload page: coordinator's \"All open\"", DemoUsers.COORDINATOR, "/api/cases"),
      new CasePage("Caseload page: coordinator's \"Unallocated\"", DemoUsers.COORDINATOR,
          "/api/cases?list=unallocated"),
      new CasePage("Caseload page: coordinator's \"Overdue\"", DemoUsers.COORDINATOR, "/api/cases?list=overdue"),
      new CasePage("Caseload page: manager's \"All open\"", DemoUsers.MANAGER, "/api/cases"));

  /** Asks the API as the user authenticated now; anything but a 200 stops the benchmark. Returns the answer's size. */
  private static int get(MockMvc web, String path) {
    try {
      MockHttpServletResponse answer = web.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
      if (answer.getStatus() != 200) {
        throw new IllegalStateException(path + " answered " + answer.getStatus());
      }
      return answer.getContentAsByteArray().length;
    } catch (Exception e) {
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(path, e);
    }
  }

  /** What Tasklist asks for when it shows a filter: a page of tasks, the count, each task's reference. */
  private int page(Filter filter) {
    FilterService filters = engine.getFilterService();
    List<Task> page = filters.listPage(filter.getId(), 0, PAGE);
    long count = filters.count(filter.getId());
    RuntimeService runtime = engine.getRuntimeService();
    String[] instances = page.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
    int references = instances.length == 0 ? 0 : runtime.createVariableInstanceQuery().processInstanceIdIn(instances)
        .variableName(PathwayVariables.REFERRAL_REFERENCE.name()).listPage(0, PAGE).size();
    return (int) count + references;
  }

  private Latencies timed(String what, int repeats, String user, Supplier<Integer> query) {
    Latencies latencies = new Latencies();
    int warmUp = Math.max(3, repeats / 10);
    ProgressBar progress = new ProgressBar(out, what, warmUp + repeats);
    pathway.as(user, () -> {
      for (int i = 0; i < warmUp; i++) {
        query.get();
        progress.step(i + 1);
      }
      for (int i = 0; i < repeats; i++) {
        latencies.time(query);
        progress.step(warmUp + i + 1);
      }
      return null;
    });
    return latencies;
  }

  long openTasks() {
    TaskService tasks = engine.getTaskService();
    return tasks.createTaskQuery().processDefinitionKey(PathwayModel.PROCESS_PATHWAY).count();
  }
}
