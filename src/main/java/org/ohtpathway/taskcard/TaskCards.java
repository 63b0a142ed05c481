package org.ohtpathway.taskcard;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.Task;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.allocation.Priority;
import org.ohtpathway.form.TaskForm;
import org.ohtpathway.form.TaskForms;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.ReferralService;
import org.springframework.stereotype.Service;

/**
 * What a Tasklist card says about whose a task is: the referral's reference, the person's name to
 * those who may see the task's form, and its priority as a word. Computed for the cards on screen
 * in a fixed number of queries whatever their number (the tasks, their referrals, the names), and
 * never stored: a name kept as a variable could be probed by anyone able to query tasks.
 */
@Service
public class TaskCards {

  /** A page of Tasklist's list (it shows 15 at a time); more in one call is not a card's need. */
  public static final int MAX_TASKS = 50;

  /** One card; {@code reference} and {@code name} are null where they are not to be shown. */
  public record TaskCard(String taskId, String reference, String name, String priority) {
  }

  private final TaskService tasks;
  private final ProcessEngineConfigurationImpl engine;
  private final CaseProgress progress;
  private final ReferralService referrals;
  private final CaseAuthority authority;
  private final TaskForms forms;

  TaskCards(TaskService tasks, ProcessEngineConfigurationImpl engine, CaseProgress progress,
      ReferralService referrals, CaseAuthority authority, TaskForms forms) {
    this.tasks = tasks;
    this.engine = engine;
    this.progress = progress;
    this.referrals = referrals;
    this.authority = authority;
    this.forms = forms;
  }

  /**
   * The cards of those of these tasks the logged-in user can see in Tasklist. The task query runs
   * as that user, so Camunda's authorizations leave out every task they could not list anyway.
   */
  public List<TaskCard> of(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return List.of();
    }
    List<Task> visible = tasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).listPage(0, MAX_TASKS);
    Map<String, ReferralProgress> cases = progress.ofProcessInstances(visible.stream()
        .map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()));
    Set<String> showingName = whoseNameMayBeShown(visible);
    Map<Long, String> names = referrals.personNames(visible.stream()
        .filter(task -> showingName.contains(task.getId()))
        .map(task -> cases.get(task.getProcessInstanceId())).filter(Objects::nonNull)
        .map(ReferralProgress::getReferralId).collect(Collectors.toSet()));
    Map<String, TaskCard> cards = new LinkedHashMap<>();
    for (Task task : visible) {
      ReferralProgress referral = cases.get(task.getProcessInstanceId());
      cards.put(task.getId(), new TaskCard(task.getId(),
          referral == null ? null : referral.getReference(),
          referral == null || !showingName.contains(task.getId()) ? null : names.get(referral.getReferralId()),
          Priority.labelOf(task.getPriority())));
    }
    return List.copyOf(cards.values());
  }

  /**
   * The tasks whose form would show this user the person's details: exactly what
   * {@link CaseAuthority#maySee} answers for the form's own role. Asked inside an engine command,
   * where a task can read its model's definition (its role, its form).
   */
  private Set<String> whoseNameMayBeShown(List<Task> visible) {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      Set<String> allowed = new HashSet<>();
      for (Task task : visible) {
        if (task instanceof TaskEntity entity && authority.maySee(entity, workedBy(entity)).allowed()) {
          allowed.add(task.getId());
        }
      }
      return allowed;
    });
  }

  private String workedBy(TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    FormDefinition form = definition == null ? null : definition.getFormDefinition();
    Expression formId = form == null ? null : form.getCamundaFormDefinitionKey();
    return formId == null ? null : forms.find(formId.getExpressionText()).map(TaskForm::workedBy).orElse(null);
  }
}
