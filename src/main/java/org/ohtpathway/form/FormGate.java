package org.ohtpathway.form;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What the forms ask of the case authority ({@code access.CaseAuthority}), which sits above
 * this package: forms are the base the stage packages build on, and the authority reads their
 * records. Never trusts a variable a caller could have set.
 */
public interface FormGate {

  /** The id of the referral whose pathway this process instance is, from the referral's record. */
  Long referralIdOf(String processInstanceId);

  /**
   * Whether the logged-in user may see the details of this task's form, a form worked by that
   * group; the answer is audited.
   */
  boolean maySee(DelegateTask task, String workedBy);

  /** Refuses (403, audited) unless the logged-in user may submit this task's form. */
  void requireMayWork(DelegateTask task, String workedBy);
}
