package org.ohtpathway.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.process.PathwayModel;
import org.springframework.beans.factory.annotation.Autowired;

@PathwayTest
class DeadlinesInTheModelTest {

  @Autowired DeadlineProperties properties;
  @Autowired ProcessEngine engine;
  @Autowired FilterService filters;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyDeadlineTheModelUsesIsConfiguredWithTheTimersItHas() throws Exception {
    String model;
    try (InputStream in = getClass().getResourceAsStream("/processes/OhtPathway.bpmn")) {
      model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher uses = Pattern.compile("deadlines\\.(\\w+)\\(execution, '([a-z-]+)'\\)").matcher(model);
    Set<String> steps = new HashSet<>();
    while (uses.find()) {
      DeadlineProperties.Step step = properties.step(uses.group(2));
      steps.add(uses.group(2));
      if (uses.group(1).equals("reminder")) {
        assertThat(step.reminder() != null || step.reminderAfterHours() != null).as("reminder of %s", uses.group(2)).isTrue();
      }
      if (uses.group(1).equals("escalation")) {
        assertThat(step.escalation()).as("escalation of %s", uses.group(2)).isNotNull();
      }
    }
    assertThat(steps).containsExactlyInAnyOrderElementsOf(properties.steps().keySet());
  }

  @Test
  void everyUserTaskOfEveryDeployedProcessHasADueDate() {
    List<String> withoutDueDate = new ArrayList<>();
    List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery()
        .latestVersion().list();
    assertThat(definitions).isNotEmpty();
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getCamundaDueDate() == null || task.getCamundaDueDate().isBlank()) {
          withoutDueDate.add(definition.getKey() + "/" + task.getId());
        }
      }
    }
    assertThat(withoutDueDate).as("user tasks without a due date").isEmpty();
  }

  @Test
  void aTaskPastItsDueDateIsInTheOverdueFilter() {
    Pathway pathway = new Pathway(engine);
    ProcessInstance referral = pathway.refer();
    String task = pathway.task(referral, PathwayModel.TASK_TRIAGE_AND_ALLOCATE).getId();
    String overdue = filters.createFilterQuery().filterName("Overdue").singleResult().getId();

    assertThat(filters.list(overdue)).noneMatch(t -> ((org.camunda.bpm.engine.task.Task) t).getId().equals(task));
    ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 10L * 24 * 3600 * 1000));
    assertThat(filters.list(overdue)).anyMatch(t -> ((org.camunda.bpm.engine.task.Task) t).getId().equals(task));
  }
}
