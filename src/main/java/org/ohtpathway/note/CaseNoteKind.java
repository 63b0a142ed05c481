package org.ohtpathway.note;

import org.ohtpathway.form.Coded;

/** What a case note is about: how the Health Trainer or coordinator was in touch. */
public enum CaseNoteKind implements Coded {
  PHONE_CALL("Phone call"),
  MESSAGE("Message"),
  VISIT("Visit"),
  OTHER("Other");

  private final String label;

  CaseNoteKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
