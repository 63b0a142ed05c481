package org.ohtpathway.form;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.ohtpathway.process.Actor;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ProcessVariable;
import org.ohtpathway.process.ServiceClock;

/** Where a form is shown or submitted: the task, or the new process instance of a start form. */
public final class FormScope {

  private final VariableScope scope;

  public FormScope(VariableScope scope) {
    this.scope = scope;
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

  public Long referralId() {
    return PathwayVariables.REFERRAL_ID.requiredFrom(scope);
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
