package org.ohtpathway.modelling;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A model that asks for more than a designer may put in it. A bad request, so that the REST
 * API answers 400 with this message (the engine's own mapping of BadUserRequestException).
 */
public class ModelRefusedException extends BadUserRequestException {

  ModelRefusedException(String message) {
    super(message);
  }
}
