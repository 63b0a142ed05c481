package org.ohtpathway.modelling;

import java.util.AbstractMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;

/**
 * The beans an expression may resolve: those of {@link Vocabulary}, and no other bean of the
 * application (repositories, the environment, the engine's services). Each is looked up in
 * the application context when an expression first names it, not when the engine is built:
 * the delegates need services that need the engine.
 */
final class PathwayBeans extends AbstractMap<Object, Object> {

  private final ApplicationContext context;

  PathwayBeans(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public boolean containsKey(Object name) {
    return name instanceof String bean && Vocabulary.BEANS.contains(bean) && context.containsBean(bean);
  }

  @Override
  public Object get(Object name) {
    return containsKey(name) ? context.getBean((String) name) : null;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    return Vocabulary.BEANS.stream().filter(this::containsKey)
        .map(bean -> new SimpleImmutableEntry<Object, Object>(bean, context.getBean(bean)))
        .collect(Collectors.toUnmodifiableSet());
  }
}
