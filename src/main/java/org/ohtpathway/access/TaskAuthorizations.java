package org.ohtpathway.access;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Who holds a task's permissions, kept to the task's role. Camunda grants a task's assignee,
 * owner and candidates the default task permission (here {@code TASK_WORK}: read, claim and
 * complete, never write variables) and never takes it back. Here:
 * <ul>
 * <li>a task is given (assignee, candidate) only to a member of its role's group, or offered
 * only to that group ({@link CaseAuthority#mayAssign}, {@link CaseAuthority#mayOffer}); tasks
 * have no owners ({@link CaseAuthority#mayOwn});
 * <li>whoever a task is taken from loses its permission, on the task and on its history;
 * <li>a task of one person's role (the allocated trainer's, the referring practitioner's) that
 * loses its assignee goes back to its role's queue, where a member can claim it, and leaves
 * the queue again once somebody has it.
 * </ul>
 * The queue lives here because this is where the engine reports every change of a task's
 * assignee; it depends on authorization being on, which the application requires
 * ({@code camunda.bpm.authorization.enabled}).
 */
class TaskAuthorizations extends DefaultAuthorizationProvider {

  private final Supplier<CaseAuthority> authority;

  TaskAuthorizations(Supplier<CaseAuthority> authority) {
    this.authority = authority;
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    TaskEntity entity = (TaskEntity) task;
    // The model's own assignee, as the task is created, is not refused: a referrer who has since
    // left the role must not stop the pathway; the task cannot be worked until a coordinator
    // gives it to someone who may (CaseAuthority.mayWork).
    if (newAssignee != null && !beingCreated(entity)) {
      authority.get().requireToAssign(entity, authority.get().mayAssign(entity, newAssignee));
    }
    if (oldAssignee != null && !oldAssignee.equals(newAssignee) && !oldAssignee.equals(task.getOwner())) {
      revoke(task, oldAssignee);
    }
    Optional<TaskRole> role = TaskRole.of(entity.getTaskDefinition());
    if (role.isPresent() && role.get().individual()) {
      String queue = role.get().group();
      boolean queued = entity.getIdentityLinks().stream().anyMatch(link ->
          IdentityLinkType.CANDIDATE.equals(link.getType()) && queue.equals(link.getGroupId()));
      if (newAssignee == null && !queued) {
        entity.addCandidateGroup(queue);
      } else if (newAssignee != null && queued) {
        entity.deleteCandidateGroup(queue);
      }
    }
    return super.newTaskAssignee(task, oldAssignee, newAssignee);
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    if (newOwner != null) {
      authority.get().requireToAssign((TaskEntity) task, authority.get().mayOwn((TaskEntity) task, newOwner));
    }
    if (oldOwner != null && !oldOwner.equals(newOwner) && !oldOwner.equals(task.getAssignee())) {
      revoke(task, oldOwner);
    }
    return super.newTaskOwner(task, oldOwner, newOwner);
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    authority.get().requireToAssign((TaskEntity) task, authority.get().mayOffer((TaskEntity) task, null));
    authority.get().requireToAssign((TaskEntity) task, authority.get().mayAssign((TaskEntity) task, userId));
    return super.newTaskUserIdentityLink(task, userId, type);
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    authority.get().requireToAssign((TaskEntity) task, authority.get().mayOffer((TaskEntity) task, groupId));
    return super.newTaskGroupIdentityLink(task, groupId, type);
  }

  @Override
  public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
    if (ended(task) || userId.equals(task.getAssignee()) || userId.equals(task.getOwner())) {
      return null;
    }
    return grantOf(task, userId, null);
  }

  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
    // A team's task (triage, safeguarding) keeps its history for the team once it ends; a task
    // that was only waiting in a role's queue gives its history to nobody who did not work it.
    boolean queue = TaskRole.of(((TaskEntity) task).getTaskDefinition()).map(TaskRole::individual).orElse(true);
    return ended(task) && !queue ? null : grantOf(task, null, groupId);
  }

  /**
   * A task that ends drops its links as it goes: those who worked on it keep reading its history,
   * and the engine removes the grants on the task itself.
   */
  private static boolean ended(Task task) {
    return ((TaskEntity) task).isDeleted();
  }

  /** Whether the task is being created by the command that runs now (its first assignment, from the model). */
  private static boolean beingCreated(TaskEntity task) {
    return Context.getCommandContext().getDbEntityManager().getDbEntityCache().isTransient(task);
  }

  private void revoke(Task task, String userId) {
    AuthorizationEntity[] grant = grantOf(task, userId, null);
    if (grant != null) {
      Context.getCommandContext().getTaskManager().deleteDefaultAuthorizations(grant);
    }
  }

  /** A user's or group's grants on the task and on its history (which would show the instance's later variables). */
  private AuthorizationEntity[] grantOf(Task task, String userId, String groupId) {
    AuthorizationEntity[] grants = Stream.of(Resources.TASK, Resources.HISTORIC_TASK)
        .map(resource -> getGrantAuthorization(task.getId(), userId, groupId, resource))
        .filter(Objects::nonNull).toArray(AuthorizationEntity[]::new);
    return grants.length == 0 ? null : grants;
  }
}
