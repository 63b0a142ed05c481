package org.ohtpathway.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the authorizations of {@link AccessGrants} at start-up. Run again, it adds what is
 * missing and leaves what is there, including anything an administrator added, except the
 * permissions the application has withdrawn.
 */
@Component
class AccessSetup {

  private final AuthorizationService authorizations;
  private final FilterService filters;

  AccessSetup(AuthorizationService authorizations, FilterService filters) {
    this.authorizations = authorizations;
    this.filters = filters;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(30)
  public void grant() {
    AccessGrants.GRANTS.forEach(grant ->
        grant(grant.group(), grant.resource(), grant.resourceId(), grant.permissions()));
    AccessGrants.WITHDRAWN.forEach(this::withdraw);
    for (AccessGrants.FilterGrant grant : AccessGrants.FILTERS) {
      for (String name : grant.filters()) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter != null) {
          grant(grant.group(), Resources.FILTER, filter.getId(), List.of(Permissions.READ));
        }
      }
    }
  }

  private void withdraw(AccessGrants.Grant grant) {
    Authorization authorization = find(grant.group(), grant.resource(), grant.resourceId());
    if (authorization != null && grant.permissions().stream().anyMatch(authorization::isPermissionGranted)) {
      grant.permissions().forEach(authorization::removePermission);
      authorizations.saveAuthorization(authorization);
    }
  }

  private Authorization find(String group, Resource resource, String resourceId) {
    return authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
  }

  private void grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
    Authorization authorization = find(group, resource, resourceId);
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (permissions.stream().allMatch(authorization::isPermissionGranted)) {
      return;
    }
    permissions.forEach(authorization::addPermission);
    authorizations.saveAuthorization(authorization);
  }
}
