package org.ohtpathway.access;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.ohtpathway.form.FormGate;
import org.ohtpathway.referral.Referral;
import org.springframework.stereotype.Component;

/** The forms' questions, answered by the {@link CaseAuthority}. */
@Component
class CaseFormGate implements FormGate {

  private final CaseAuthority authority;

  CaseFormGate(CaseAuthority authority) {
    this.authority = authority;
  }

  @Override
  public Long referralIdOf(String processInstanceId) {
    return authority.referralOf(processInstanceId).map(Referral::getId).orElse(null);
  }

  @Override
  public boolean maySee(DelegateTask task, String workedBy) {
    CaseAuthority.Decision decision = authority.maySee(task, workedBy);
    authority.auditTaskDecision(CaseAction.OPEN_TASK_FORM, task, decision);
    return decision.allowed();
  }

  @Override
  public void requireMayWork(DelegateTask task, String workedBy) {
    authority.requireMayWork(task, workedBy);
  }
}
