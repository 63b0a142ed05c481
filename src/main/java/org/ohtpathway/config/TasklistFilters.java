package org.ohtpathway.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters staff work from. Tasklist shows no task without a filter; the first
 * filter ("My tasks") is what everyone sees on login. Created at start-up when missing, so a
 * filter an administrator changed in Tasklist is left as it is.
 */
@Component
class TasklistFilters {

  static final String MY_TASKS = "My tasks";
  static final String MY_TEAMS_TASKS = "My team's tasks";
  static final String UNALLOCATED_REFERRALS = "Unallocated referrals";
  static final String SAFEGUARDING_CONCERNS = "Safeguarding concerns";
  static final String ALL_OPEN_REFERRALS = "All open referrals";
  static final String OVERDUE = "Overdue";
  static final String PATHWAY_CHANGES = "Changes to the pathway";

  private static final String CURRENT_USER = "${currentUser()}";
  private static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";

  private final FilterService filters;
  private final TaskService tasks;

  TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  public void createMissingFilters() {
    create(MY_TASKS, -10, "Your tasks, and tasks waiting for someone in your team",
        tasks.createTaskQuery()
            .or()
            .taskAssigneeExpression(CURRENT_USER)
            .taskCandidateUserExpression(CURRENT_USER)
            .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
            .endOr());
    create(MY_TEAMS_TASKS, 0, "Every task of your team, including those a colleague has claimed",
        tasks.createTaskQuery().taskCandidateGroupInExpression(CURRENT_USER_GROUPS).includeAssignedTasks());
    create(UNALLOCATED_REFERRALS, 10, "Referrals waiting for triage and allocation, most urgent first",
        tasks.createTaskQuery().processDefinitionKey(PathwayModel.PROCESS_PATHWAY)
            .taskDefinitionKey(PathwayModel.TASK_TRIAGE_AND_ALLOCATE));
    create(SAFEGUARDING_CONCERNS, 20, "Safeguarding concerns waiting for action",
        tasks.createTaskQuery().taskDefinitionKey(PathwayModel.TASK_ACT_ON_SAFEGUARDING_CONCERN));
    create(ALL_OPEN_REFERRALS, 30, "Every open task of every referral",
        tasks.createTaskQuery().processDefinitionKey(PathwayModel.PROCESS_PATHWAY));
    create(OVERDUE, 40, "Tasks past their due date, for coordinators and managers",
        tasks.createTaskQuery().processDefinitionKey(PathwayModel.PROCESS_PATHWAY).dueBeforeExpression("${now()}"));
    create(PATHWAY_CHANGES, 50, "Changes to the pathway a service designer proposed, waiting for approval",
        tasks.createTaskQuery().processDefinitionKey(PathwayModel.PROCESS_APPROVE_PATHWAY_CHANGE));
  }

  private void create(String name, int priority, String description, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of(Map.of(
        "name", PathwayVariables.REFERRAL_REFERENCE.name(), "label", "Referral")));
    Filter filter = filters.newTaskFilter(name)
        .setQuery(query.orderByTaskPriority().desc().orderByTaskCreateTime().asc())
        .setProperties(properties);
    filters.saveFilter(filter);
  }
}
