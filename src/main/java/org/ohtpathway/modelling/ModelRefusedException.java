package org.ohtpathway.modelling;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A model that asks for more than a designer may put in it. A bad request, so that the REST
 * API answers 400 with this message (the engine's own mapping of BadUserRequestException).
 * It names the file and, where there is one, the element, so that a check can list them.
 */
public class ModelRefusedException extends BadUserRequestException {

  private final String resource;
  private final String element;
  private final String problem;

  ModelRefusedException(String resource, String element, String problem) {
    super(resource + (element == null ? "" : ", " + element) + ": " + problem);
    this.resource = resource;
    this.element = element;
    this.problem = problem;
  }

  /** The file. */
  public String resource() {
    return resource;
  }

  /** The element's id and name, or null when the problem is the whole file's. */
  public String element() {
    return element;
  }

  /** What is wrong, as a sentence. */
  public String problem() {
    return problem;
  }
}
