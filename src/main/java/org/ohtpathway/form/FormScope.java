package org.ohtpathway.form;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.ohtpathway.process.Actor;
import org.ohtpathway.process.ProcessVariable;
import org.ohtpathway.process.ServiceClock;

/** Where a form is shown or submitted: the task, or the new process instance of a start form. */
public final class FormScope {

  private final VariableScope scope;
  private final Supplier<Long> findReferral;
  private Long referralId;

  /**
   * @param findReferral finds the referral the form acts on from the process instance, when the
   *     form first asks (null for a start form, which names or creates its referral itself)
   */
  public FormScope(VariableScope scope, Supplier<Long> findReferral) {
    this.scope = scope;
    this.findReferral = findReferral;
  }

  public String actor() {
    return Actor.current();
  }

  public Instant now() {
    return ServiceClock.now();
  }

  public LocalDate today() {
    return ServiceClock.today();
  }

  public <T> T get(ProcessVariable<T> variable) {
    return variable.from(scope);
  }

  /**
   * The referral whose pathway the task belongs to, read from the referral's own record of its
   * process instance: never from a variable, which a caller might have set.
   */
  public Long referralId() {
    if (referralId == null && findReferral != null) {
      referralId = findReferral.get();
    }
    if (referralId == null) {
      throw new IllegalStateException("This form is not part of a referral's pathway");
    }
    return referralId;
  }

  public String processInstanceId() {
    if (scope instanceof DelegateTask task) {
      return task.getProcessInstanceId();
    }
    return ((DelegateExecution) scope).getProcessInstanceId();
  }

  /** Only for start forms: names the new process instance after the referral. */
  public void setBusinessKey(String businessKey) {
    ((DelegateExecution) scope).setProcessBusinessKey(businessKey);
  }
}
