package org.ohtpathway.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the groups of the pathway's roles at start-up, if they are missing. */
@Component
class RoleGroups {

  private final IdentityService identity;

  RoleGroups(IdentityService identity) {
    this.identity = identity;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void createMissingGroups() {
    for (List<String> role : Groups.ALL) {
      if (identity.createGroupQuery().groupId(role.get(0)).count() == 0) {
        Group group = identity.newGroup(role.get(0));
        group.setName(role.get(1));
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
    }
  }
}
