package org.ohtpathway.access;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A refusal of {@link CaseAuthority}. An {@link AuthorizationException}, so that the engine's
 * REST API answers it as 403 with the sentence, as it does its own refusals.
 */
public class CaseActionRefused extends AuthorizationException {

  public CaseActionRefused(String reason) {
    super(reason);
  }
}
