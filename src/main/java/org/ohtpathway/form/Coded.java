package org.ohtpathway.form;

/**
 * A coded option of a form field. The enum constant's name is the value the form submits;
 * the label is what staff read.
 */
public interface Coded {

  String label();

  default String code() {
    return ((Enum<?>) this).name();
  }
}
