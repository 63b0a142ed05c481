package org.ohtpathway.form;

/**
 * The sizes of the text columns that form fields are stored in (see
 * {@code db/migration/V1__domain_schema.sql}). Every text field of a form names the column it
 * ends up in, so a value that would not fit is refused as the user's to shorten, with the
 * field named, instead of failing in the database with the SQL and the value in the answer
 * and the log. A new column size in the schema needs its constant here.
 */
public enum TextColumn {

  /** {@code varchar(64)}: user ids (a trainer allocated, who recorded a row). */
  USER_ID(64),
  /** {@code varchar(255)}: names, phone numbers, email addresses, an address line, a service. */
  LINE(255),
  /** {@code varchar(1000)}: a short explanation (a reason, a goal, a progress note). */
  PARAGRAPH(1000),
  /** {@code varchar(4000)}: notes, details, descriptions, summaries. */
  NOTE(4000);

  private final int maxLength;

  TextColumn(int maxLength) {
    this.maxLength = maxLength;
  }

  /** The most characters the column holds. */
  public int maxLength() {
    return maxLength;
  }
}
