package org.ohtpathway.exit;

import org.ohtpathway.form.Coded;

public enum ExitReasonGroup implements Coded {
  COMPLETED("Completed"),
  PERSON("Person"),
  SENTENCE("Sentence"),
  PROBLEM("Problem"),
  OTHER("Other");

  private final String label;

  ExitReasonGroup(String label) { this.label = label; }

  @Override public String label() { return label; }
}
