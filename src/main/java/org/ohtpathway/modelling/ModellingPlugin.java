package org.ohtpathway.modelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * A deployment cannot run code. Whoever may deploy (service designers) could otherwise put a
 * script, a Java class or an expression naming any bean of the application in a model, and
 * the engine would run it with its own rights, behind a timer with no user at all. So:
 * <ul>
 * <li>every BPMN and DMN of a new deployment is checked before the engine deploys it
 * ({@link ModelCheck});</li>
 * <li>expressions resolve only the pathway's own beans ({@link PathwayBeans}), so a model
 * deployed before these checks existed cannot reach further either;</li>
 * <li>only an administrator deletes a deployment with its instances ({@link DeploymentRemoval}).</li>
 * </ul>
 * docs/security.md says what a designer may put in a model.
 */
@Component
public class ModellingPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  public ModellingPlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<Object, Object> beans = new PathwayBeans(context);
    configuration.setBeans(beans);
    // The starter's factory bean made its expression manager before the plugins ran, with no beans
    // map, and so with every bean of the context. Nothing has used it yet: replace it.
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
    configuration.setCustomPreDeployers(
        added(configuration::getCustomPreDeployers, (Deployer) new ModelCheck()));
    configuration.setCustomSessionFactories(
        added(configuration::getCustomSessionFactories, (SessionFactory) new DeploymentRemoval.Factory()));
  }

  private static <T> List<T> added(Supplier<List<T>> current, T element) {
    List<T> list = current.get() == null ? new ArrayList<>() : new ArrayList<>(current.get());
    list.add(element);
    return list;
  }
}
