package org.ohtpathway.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.security.Groups;

/**
 * Whose work a task of the pathway is, read from its model: the group whose members work it,
 * and whether one member owns it (a task assigned to the allocated trainer or the referring
 * practitioner) or the whole group shares it (a task offered to the coordinators).
 *
 * @param group the role's Camunda group
 * @param individual true when the model assigns the task to one person of that group
 */
public record TaskRole(String group, boolean individual) {

  /** The assignee expressions of the models, and the role each names. */
  public static final Map<String, String> ASSIGNEES = Map.of(
      "${" + PathwayVariables.TRAINER_ID.name() + "}", Groups.HEALTH_TRAINERS,
      "${" + PathwayVariables.REFERRER_ID.name() + "}", Groups.PROBATION_PRACTITIONERS,
      "${" + PathwayVariables.PROPOSER_ID.name() + "}", Groups.SERVICE_DESIGNERS);

  /**
   * The group that decides on changes to the pathway: only the application's own process for
   * that ({@code ApprovePathwayChange}) offers a task to it (modelling.BpmnRules).
   */
  public static final String CHANGE_APPROVERS = Groups.MANAGERS;

  /** The groups a task may be offered to: the roles that work on referrals in Tasklist. */
  public static final Set<String> GROUPS = Set.of(Groups.PROBATION_PRACTITIONERS, Groups.COORDINATORS,
      Groups.HEALTH_TRAINERS, Groups.SAFEGUARDING_LEADS);

  public static Optional<TaskRole> of(TaskDefinition definition) {
    if (definition == null) {
      return Optional.empty();
    }
    Expression assignee = definition.getAssigneeExpression();
    if (assignee != null && ASSIGNEES.containsKey(assignee.getExpressionText())) {
      return Optional.of(new TaskRole(ASSIGNEES.get(assignee.getExpressionText()), true));
    }
    return definition.getCandidateGroupIdExpressions().stream()
        .map(Expression::getExpressionText)
        .filter(group -> GROUPS.contains(group) || CHANGE_APPROVERS.equals(group))
        .findFirst()
        .map(group -> new TaskRole(group, false));
  }

  /** The role's name as staff know it, e.g. "Health Trainers". */
  public String label() {
    return label(group);
  }

  /** A group's name as staff know it. */
  public static String label(String group) {
    return Groups.ALL.stream().filter(role -> role.get(0).equals(group)).map(role -> role.get(1))
        .findFirst().orElse(group);
  }
}
