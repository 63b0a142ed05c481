package org.ohtpathway.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link DeserializationAllowList} as the engine's validator of deserialized types. */
@Component
class DeserializationAllowListPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDeserializationTypeValidator(new DeserializationAllowList());
  }
}
