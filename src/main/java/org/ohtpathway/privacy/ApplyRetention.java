package org.ohtpathway.privacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("applyRetention")
class ApplyRetention implements JavaDelegate {

  private final Retention retention;

  ApplyRetention(Retention retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    retention.apply();
  }
}
