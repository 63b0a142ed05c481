package org.ohtpathway.record;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ohtpathway.allocation.Allocation;
import org.ohtpathway.allocation.TriageService;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/**
 * Who may read what of a referral through the application. Progress (milestones, end state,
 * exit summary) is for the referring practitioner, the allocated Health Trainer, coordinators
 * and managers; the health record only for the allocated Health Trainer. Administrators may
 * read both.
 */
@Component
public class ReferralAccess {

  private final TriageService triage;

  ReferralAccess(TriageService triage) {
    this.triage = triage;
  }

  public boolean mayReadProgress(Authentication user, Referral referral) {
    return isAdmin(user) || inGroup(user, Groups.COORDINATORS) || inGroup(user, Groups.MANAGERS)
        || user.getUserId().equals(referral.getRecordedBy()) || isAllocatedTrainer(user, referral);
  }

  public boolean mayReadHealthRecord(Authentication user, Referral referral) {
    return isAdmin(user) || isAllocatedTrainer(user, referral);
  }

  public boolean isAdmin(Authentication user) {
    return inGroup(user, Groups.ADMINS);
  }

  private boolean isAllocatedTrainer(Authentication user, Referral referral) {
    List<Allocation> allocations = triage.allocationsOf(referral.getId());
    return !allocations.isEmpty()
        && allocations.get(allocations.size() - 1).getTrainerId().equals(user.getUserId());
  }

  private static boolean inGroup(Authentication user, String group) {
    return user.getGroupIds() != null && user.getGroupIds().contains(group);
  }
}
