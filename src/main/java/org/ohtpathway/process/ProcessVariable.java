package org.ohtpathway.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A process variable declared once, with its type. Delegates, forms and tests read and
 * write variables only through these declarations.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  public T from(VariableScope scope) {
    return cast(scope.getVariable(name));
  }

  public T requiredFrom(VariableScope scope) {
    T value = from(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is not set");
    }
    return value;
  }

  public void on(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public VariableMap putIn(VariableMap variables, T value) {
    variables.putValue(name, value);
    return variables;
  }

  public T cast(Object value) {
    if (value == null) {
      return null;
    }
    if (type == Long.class && value instanceof Number n) {
      return type.cast(n.longValue());
    }
    if (type == Integer.class && value instanceof Number n) {
      return type.cast(n.intValue());
    }
    return type.cast(value);
  }
}
