package org.ohtpathway.contact;

import org.ohtpathway.form.Coded;

public enum ContactChannel implements Coded {
  PHONE("Phone call"),
  TEXT_MESSAGE("Text message"),
  EMAIL("Email"),
  LETTER("Letter"),
  IN_PERSON("In person at the probation office"),
  VIA_PRACTITIONER("Through the probation practitioner");

  private final String label;

  ContactChannel(String label) { this.label = label; }

  @Override public String label() { return label; }
}
