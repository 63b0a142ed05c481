package org.ohtpathway.caseview;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ohtpathway.process.SystemCommands;
import org.springframework.stereotype.Component;

/** Staff as the case pages name them ("Tina Trent (tina)"), read in one query for a page of cases. */
@Component
class StaffNames {

  private final IdentityService identity;
  private final SystemCommands system;

  StaffNames(IdentityService identity, SystemCommands system) {
    this.identity = identity;
    this.system = system;
  }

  /** Each user id with its name; an id that names nobody (a user since removed) stands for itself. */
  Map<String, String> of(Collection<String> userIds) {
    Map<String, String> names = new HashMap<>();
    String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return names;
    }
    for (String id : ids) {
      names.put(id, id);
    }
    for (User user : system.call(() -> identity.createUserQuery().userIdIn(ids).listPage(0, ids.length))) {
      names.put(user.getId(), user.getFirstName() + " " + user.getLastName() + " (" + user.getId() + ")");
    }
    return names;
  }
}
