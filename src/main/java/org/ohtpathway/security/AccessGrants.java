package org.ohtpathway.security;

import static org.ohtpathway.process.PathwayModel.PROCESS_PATHWAY;
import static org.ohtpathway.process.PathwayModel.PROCESS_RAISE_SAFEGUARDING_CONCERN;
import static org.ohtpathway.process.PathwayModel.PROCESS_WITHDRAW_CONSENT;
import static org.ohtpathway.process.PathwayModel.PROCESS_WITHDRAW_REFERRAL;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * What each role may do in the engine, as Camunda authorizations: the access matrix of
 * docs/security.md. Tasks are granted one by one as they are assigned (to the allocated
 * Health Trainer, the referring practitioner) or offered to a group (coordinators,
 * safeguarding leads); these grants are the rest. Administrators ({@code camunda-admin})
 * hold every permission, granted when the administrator is created.
 */
public final class AccessGrants {

  /** One authorization: a group's permissions on a resource ("*" for all of its kind). */
  public record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
  }

  /** The filters each group works from (filter names). */
  public record FilterGrant(String group, List<String> filters) {
  }

  private static final List<String> STAFF = List.of(Groups.PROBATION_PRACTITIONERS, Groups.COORDINATORS,
      Groups.HEALTH_TRAINERS, Groups.SAFEGUARDING_LEADS, Groups.MANAGERS);
  private static final String ANY = Authorization.ANY;

  public static final List<Grant> GRANTS = grants();

  /** Permissions earlier versions granted and this one takes back, at every start. */
  public static final List<Grant> WITHDRAWN = List.of(
      new Grant(Groups.SERVICE_DESIGNERS, Resources.PROCESS_DEFINITION, ANY,
          List.of(ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.SUSPEND)),
      new Grant(Groups.SERVICE_DESIGNERS, Resources.DECISION_DEFINITION, ANY, List.of(Permissions.UPDATE)),
      new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, PROCESS_RAISE_SAFEGUARDING_CONCERN,
          List.of(ProcessDefinitionPermissions.CREATE_INSTANCE)),
      // A designer's change is proposed, and deployed once someone else approves it (change.PathwayChanges).
      new Grant(Groups.SERVICE_DESIGNERS, Resources.DEPLOYMENT, ANY, List.of(Permissions.CREATE, Permissions.DELETE)));

  public static final List<FilterGrant> FILTERS = List.of(
      new FilterGrant(Groups.PROBATION_PRACTITIONERS, List.of("My tasks")),
      new FilterGrant(Groups.HEALTH_TRAINERS, List.of("My tasks")),
      new FilterGrant(Groups.COORDINATORS, List.of("My tasks", "My team's tasks", "Unallocated referrals",
          "All open referrals", "Overdue")),
      new FilterGrant(Groups.SAFEGUARDING_LEADS, List.of("My tasks", "My team's tasks", "Safeguarding concerns")),
      new FilterGrant(Groups.MANAGERS, List.of("Changes to the pathway", "Unallocated referrals", "All open referrals",
          "Overdue")),
      new FilterGrant(Groups.SERVICE_DESIGNERS, List.of("My tasks")));

  private AccessGrants() {
  }

  private static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (String group : STAFF) {
      grants.add(new Grant(group, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
      // Names of colleagues and teams in Tasklist; profiles hold no personal data of referred people.
      grants.add(new Grant(group, Resources.USER, ANY, List.of(Permissions.READ)));
      grants.add(new Grant(group, Resources.GROUP, ANY, List.of(Permissions.READ)));
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ANY, List.of(ProcessDefinitionPermissions.READ)));
      grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, List.of(Permissions.CREATE)));
      // Managers monitor; those who work on a referral raise concerns about it (access.CaseAuthority).
      if (!group.equals(Groups.MANAGERS)) {
        grants.add(new Grant(group, Resources.PROCESS_DEFINITION, PROCESS_RAISE_SAFEGUARDING_CONCERN,
            List.of(ProcessDefinitionPermissions.CREATE_INSTANCE)));
      }
    }
    for (String process : List.of(PROCESS_PATHWAY, PROCESS_WITHDRAW_REFERRAL, PROCESS_WITHDRAW_CONSENT)) {
      grants.add(new Grant(Groups.PROBATION_PRACTITIONERS, Resources.PROCESS_DEFINITION, process,
          List.of(ProcessDefinitionPermissions.CREATE_INSTANCE)));
    }
    for (String process : List.of(PROCESS_WITHDRAW_REFERRAL, PROCESS_WITHDRAW_CONSENT)) {
      grants.add(new Grant(Groups.COORDINATORS, Resources.PROCESS_DEFINITION, process,
          List.of(ProcessDefinitionPermissions.CREATE_INSTANCE)));
    }
    grants.add(new Grant(Groups.HEALTH_TRAINERS, Resources.PROCESS_DEFINITION, PROCESS_WITHDRAW_CONSENT,
        List.of(ProcessDefinitionPermissions.CREATE_INSTANCE)));
    // Coordinators oversee all open work and can hand a task to another trainer, without
    // reading its details (no READ_VARIABLE).
    grants.add(new Grant(Groups.COORDINATORS, Resources.TASK, ANY,
        List.of(TaskPermissions.READ, TaskPermissions.TASK_ASSIGN)));
    // Managers monitor in Cockpit: instances, where they wait, their history; never variables.
    grants.add(new Grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
    grants.add(new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, ANY, List.of(
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY)));
    grants.add(new Grant(Groups.MANAGERS, Resources.TASK, ANY, List.of(TaskPermissions.READ)));
    grants.add(new Grant(Groups.MANAGERS, Resources.DECISION_DEFINITION, ANY, List.of(Permissions.READ)));
    // Service designers change the models and see no instance, task or variable of a referral.
    // A change is proposed and deployed only once someone else approves it: designers read the
    // deployments and definitions, and in Tasklist they read why a change of theirs was not approved.
    grants.add(new Grant(Groups.SERVICE_DESIGNERS, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
    grants.add(new Grant(Groups.SERVICE_DESIGNERS, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
    grants.add(new Grant(Groups.SERVICE_DESIGNERS, Resources.DEPLOYMENT, ANY, List.of(Permissions.READ)));
    // Suspending a process (e.g. consent withdrawal) or shortening how long its history is kept
    // is an administrator's decision.
    grants.add(new Grant(Groups.SERVICE_DESIGNERS, Resources.PROCESS_DEFINITION, ANY,
        List.of(ProcessDefinitionPermissions.READ)));
    grants.add(new Grant(Groups.SERVICE_DESIGNERS, Resources.DECISION_DEFINITION, ANY, List.of(Permissions.READ)));
    grants.add(new Grant(Groups.SERVICE_DESIGNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY,
        List.of(Permissions.READ)));
    return List.copyOf(grants);
  }
}
