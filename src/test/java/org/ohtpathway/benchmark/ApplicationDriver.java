package org.ohtpathway.benchmark;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ohtpathway.Pathway;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;

/** The whole application: forms submitted as the logged-in member of staff, every delegate at work. */
final class ApplicationDriver implements PathwayDriver {

  private final Pathway pathway;
  private final FormService forms;
  private final TaskService tasks;
  private final HistoryService history;
  private final String definitionId;

  ApplicationDriver(ProcessEngine engine) {
    this.pathway = new Pathway(engine);
    this.forms = engine.getFormService();
    this.tasks = engine.getTaskService();
    this.history = engine.getHistoryService();
    RepositoryService repository = engine.getRepositoryService();
    this.definitionId = repository.createProcessDefinitionQuery()
        .processDefinitionKey(PathwayModel.PROCESS_PATHWAY).latestVersion().singleResult().getId();
  }

  @Override
  public String start(Map<String, Object> referralForm) {
    return pathway.as(DemoUsers.PRACTITIONER, () -> forms.submitStartForm(definitionId, referralForm)).getId();
  }

  @Override
  public void complete(String processInstanceId, String taskKey, String user, Map<String, Object> form,
      Map<String, Object> gatewayVariables) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
    if (open.size() != 1) {
      throw new IllegalStateException(open.size() + " open tasks " + taskKey + " in " + processInstanceId);
    }
    pathway.submitOnly(open.get(0), user, form);
  }

  @Override
  public void runDueJobs() {
    pathway.runJobs();
  }

  @Override
  public boolean ended(String processInstanceId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).finished().count() == 1;
  }
}
