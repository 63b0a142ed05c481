package org.ohtpathway.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.WhitelistingDeserializationTypeValidator;

/**
 * The types an {@code Object} variable (JSON or XML through Spin) may be read into: exactly the
 * classes named in {@code deserialization-allowed-classes}. Camunda's default validator always
 * allows all of {@code java.lang} (ProcessBuilder, Thread, ClassLoader, ...) and a set of
 * collections besides the configured list, and cannot be told not to. The application stores
 * no {@code Object} variables at all (only strings, numbers, booleans and Spin {@code Json}
 * values, which are never read into a Java type), so its list is empty.
 */
class DeserializationAllowList implements WhitelistingDeserializationTypeValidator {

  private Set<String> classes = Set.of();

  @Override
  public void setAllowedClasses(String allowedClasses) {
    classes = allowedClasses == null ? Set.of() : Arrays.stream(allowedClasses.split(","))
        .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  /** A package would allow every class in it, and those of any package whose name starts the same. */
  @Override
  public void setAllowedPackages(String allowedPackages) {
    if (allowedPackages != null && !allowedPackages.isBlank()) {
      throw new IllegalStateException("deserialization-allowed-packages is not supported: name each class in"
          + " deserialization-allowed-classes instead (docs/security.md)");
    }
  }

  @Override
  public boolean validate(String className) {
    // No type named means nothing to build: Camunda's validators allow it too.
    return className == null || className.isBlank() || classes.contains(className);
  }
}
