package org.ohtpathway.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks with the user's groups as the login gave them. Camunda first
 * narrows a user's groups to those named in any grant, reading every group id in the grants'
 * table ({@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}) at the start of each command
 * that checks authorizations: with a grant per open task that table holds two rows per open
 * referral, and the read cost tens of milliseconds per command at 50,000 open referrals
 * (docs/performance.md). A group that no grant names matches no grant in the checks either, so
 * the checks allow and refuse exactly as before; a staff member's handful of groups makes no
 * longer list than the narrowed one would.
 */
final class GroupsAsGiven implements SessionFactory {

  @Override
  public Class<?> getSessionType() {
    return AuthorizationManager.class;
  }

  @Override
  public Session openSession() {
    return new AuthorizationManager() {
      @Override
      public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
          return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
      }
    };
  }
}
