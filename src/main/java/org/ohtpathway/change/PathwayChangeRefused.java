package org.ohtpathway.change;

import org.camunda.bpm.engine.BadUserRequestException;

/** A change that cannot go on as asked (a bad request, 400, or a conflict, 409), with what to do. */
public class PathwayChangeRefused extends BadUserRequestException {

  private final boolean conflict;

  PathwayChangeRefused(String message, boolean conflict) {
    super(message);
    this.conflict = conflict;
  }

  public boolean isConflict() {
    return conflict;
  }
}
